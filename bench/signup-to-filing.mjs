// Registration to first filing (issue 21, "Measure and report"; R-ACC.1, R-5.1, R-SOR.1): a new person, in headless
// Chromium, registers on /register.xhtml, confirms through the mailed link, signs in, opens the Request form, pastes
// the platform's Statement of Reasons (the DSA fixture example_statement.json), fills what is still required and
// files. Counts the clicks, the page loads, the characters typed and the seconds: the script's own (wall) time, the
// wait for the confirmation mail (the outbox's dispatch interval), and the "machine" time: the time spent waiting
// for the server and the browser (page loads, answers to clicks), i.e. what is left when typing and reading take no
// time. Run by bench/signup-to-filing.sh, which starts Payara Micro (H2, demo mode) and the mail catcher.
// Env: BASE (http://127.0.0.1:8182), MAILDIR (the catcher's directory), FIXTURE (example_statement.json),
// PLAYWRIGHT (the playwright-core module's directory).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT || 'playwright-core');
const BASE = process.env.BASE || 'http://127.0.0.1:8182';
const MAILDIR = process.env.MAILDIR;
const FIXTURE = process.env.FIXTURE;

const counts = { clicks: 0, pageLoads: 0, fields: 0, charactersTyped: 0 };
let machineMs = 0;
let mailMs = 0;
const steps = [];
const now = () => performance.now();

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await (await browser.newContext()).newPage();
page.setDefaultTimeout(60000);
page.on('load', () => counts.pageLoads++);

/** A step that waits for the server or the browser: its time counts as machine time. */
async function machine(name, action) {
  const start = now();
  await action();
  const ms = now() - start;
  machineMs += ms;
  steps.push(`${name}: ${(ms / 1000).toFixed(2)} s`);
}
/** Typing into a field (Playwright fills at once: no typing speed in any figure). */
async function type(selector, text) {
  await page.fill(selector, text);
  counts.fields++;
  counts.charactersTyped += text.length;
}
async function click(selector) {
  counts.clicks++;
  await page.click(selector);
}
/** A click that submits a form (ajax="false") or follows a link: the next page's load is machine time. */
async function clickAndLoad(name, selector) {
  await machine(name, () => Promise.all([page.waitForNavigation({ waitUntil: 'load' }), click(selector)]));
}
async function open(name, url) {
  await machine(name, () => page.goto(url, { waitUntil: 'load' }));
}

const email = `signup-${Date.now()}@bench.example`;
const password = 'Walnut-Harbour-Signal-35';
const started = now();

// 1. Register (R-ACC.1).
await open('open /register.xhtml', `${BASE}/register.xhtml`);
await type('[id="register:name"]', 'Erin Bench');
await type('[id="register:email"]', email);
await click("label[for='register:capacity:0']");
await page.selectOption('[id="register:domicile"]', 'DE'); counts.clicks++;
await page.selectOption('[id="register:language"]', 'en'); counts.clicks++;
await type('[id="register:password"]', password);
await type('[id="register:repeatPassword"]', password);
await click('[id="register:terms"]');
await clickAndLoad('submit the registration', '[id="register:submit"]');
await page.waitForSelector('#register-sent');

// 2. The confirmation mail, then its link (a click in the mail program: one click, one page load).
const mailStart = now();
let link = null;
while (link === null) {
  for (const file of readdirSync(MAILDIR).filter(f => f.endsWith('.txt'))) {
    const text = readFileSync(`${MAILDIR}/${file}`, 'utf8');
    const m = text.includes(`To: ${email}`) && text.match(/\/(confirm\.xhtml\?token=[\w%-]+)/);
    if (m) link = m[1];
  }
  if (link === null) {
    if (now() - mailStart > 120000) throw new Error('no confirmation mail in 120 s');
    await new Promise(r => setTimeout(r, 200));
  }
}
mailMs = now() - mailStart;
steps.push(`wait for the confirmation mail: ${(mailMs / 1000).toFixed(2)} s (not machine time)`);
counts.clicks++;
await open('open the confirmation link', `${BASE}/${link}`);

// 3. Sign in (the confirmation page leads to the login form).
if (!(await page.$('[id="login:email"]'))) {
  await clickAndLoad('to the login page', 'a[href*="login.xhtml"]');
}
await type('[id="login:email"]', email);
await type('[id="login:password"]', password);
await machine('sign in', () => Promise.all([
  page.waitForURL(u => !u.toString().includes('login.xhtml'), { waitUntil: 'load' }),
  click('[id="login:submit"]')]));

// 4. The Request form.
if (!(await page.$('#file-request'))) {
  await clickAndLoad('to My procedures', 'a[href*="portal/procedures.xhtml"]');
}
await clickAndLoad('open the Request form', '#file-request');
await page.waitForSelector('[id="request:description"]');

// 5. Paste the Statement of Reasons (one paste) and import it: it prefills platform, matter, dates (R-SOR.1).
const statement = readFileSync(FIXTURE, 'utf8')
  .replace('8ca7c7ed-d9bc-4509-9fe2-72046a1cTEST', `bench-${Date.now()}`)
  .replace('"category_specification":[]', '"category_specification":["KEYWORD_COPYRIGHT_INFRINGEMENT"]');
await page.fill('[id="statement:json"]', statement); counts.fields++; counts.clicks++; // click into the field, paste
await clickAndLoad('import the Statement of Reasons', '[id="statement:import"]');
await page.waitForSelector('#scope');

// 6. What the statement does not say (R-5.1), as BrowserFilingIT fills it; no upload is required (the box "no
// decision of the internal complaint-handling system" stands for the decision).
await click("label[for='request:capacity:0']");
await type('[id="request:platformCorrespondenceEmail"]', email);
await type('[id="request:description"]', 'Streamly removed my recording of a song I wrote myself.');
await type('[id="request:remedy"]', 'Restore the recording.');
await click("label[for='request:noIchsDecision']");
await type('[id="request:domicile"]', 'DE');
await click("label[for='request:submitsToJurisdiction']");
await type('[id="request:otherProceedings"]', 'None');
await clickAndLoad('file the Request', '[id="request:submit"]');
const reference = (await page.textContent('#reference', { timeout: 60000 })).trim();
const state = (await page.textContent('#state')).trim();
const wallMs = now() - started;
await browser.close();

console.log(steps.map(s => '  ' + s).join('\n'));
console.log(`RESULT reference=${reference} state="${state}" clicks=${counts.clicks} page_loads=${counts.pageLoads} ` +
  `fields=${counts.fields} characters_typed=${counts.charactersTyped} script_s=${(wallMs / 1000).toFixed(2)} ` +
  `mail_wait_s=${(mailMs / 1000).toFixed(2)} script_without_mail_s=${((wallMs - mailMs) / 1000).toFixed(2)} ` +
  `machine_s=${(machineMs / 1000).toFixed(2)}`);
if (!/^DCTI-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(reference)) process.exit(1);
