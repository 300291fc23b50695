package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 24, a browser crawl: as each role of the demo data (administrator, staff, the Neutral, a mediator, the
 * Requesting Party, the Responding Party's platform manager, Alice's lawyer, and nobody signed in), Chromium follows
 * every same-origin page link breadth-first from the first page, the menus and the demo Procedures and mediations, and
 * checks each page at 1280 px and at a phone's 390 px, in English; then once more in French and in German as the
 * administrator, at 390 px (where longer words make trouble). Nothing it finds stops it: every finding (text missing from the bundles, an enum constant or an ISO
 * instant shown raw, a page wider than the screen or an element sticking out of it, an axe violation of WCAG 2.1 A/AA,
 * a link that leads to an error page) is collected and the test fails once, listing them all with page, role, width
 * and language.
 *
 * <p>Each list is visited on its first page and a detail page of each kind a few times only: a link's key is its path
 * and the names of its query parameters (values dropped), so that a thousand rows do not make a thousand visits. Only
 * GET links to Faces pages are followed: no sign-out (a button), no download (PDF, CSV, documents, JSON), nothing that
 * acts on a GET (links carrying a mail's token).
 */
@ExtendWith(ArquillianExtension.class)
class BrowserCrawlIT extends BrowserTest {

    private static final int WIDE = 1280;
    private static final int PHONE = 390;

    /** How many pages with the same key (path and parameter names) are visited: the demo's Procedures and a few more. */
    private static final int SAME_KIND = 2;

    /** A list's other pages (a cursor, a page number): the first page of each list is enough. */
    private static final Set<String> PAGING = Set.of("after", "before", "page");

    private static final String TEXT_SCRIPT = """
            const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
            const parts = [document.title];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, { acceptNode: n => {
              for (let e = n.parentElement; e; e = e.parentElement) {
                if (skip.has(e.tagName)) { return NodeFilter.FILTER_REJECT; }
              }
              return NodeFilter.FILTER_ACCEPT; } });
            while (walker.nextNode()) { parts.push(walker.currentNode.nodeValue); }
            document.querySelectorAll('[title], [aria-label], [placeholder], [alt], input[type=submit], '
                + 'input[type=button], input[type=reset]').forEach(e => {
              ['title', 'aria-label', 'placeholder', 'alt'].forEach(a => { if (e.hasAttribute(a)) parts.push(e.getAttribute(a)); });
              if (e.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(e.type)) { parts.push(e.value); }
            });
            return parts.join('\\n');
            """;

    /**
     * The page's width against the viewport's, and the outermost elements that stick out on the right without an
     * ancestor that scrolls or clips them (a wide table in its own scrolling region is fine).
     */
    private static final String OVERFLOW_SCRIPT = """
            const w = document.documentElement.clientWidth;
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.getAttribute('class') ? '.' + e.getAttribute('class').trim().split(/\\s+/).join('.') : '');
            const contained = e => {
              for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') { return true; }
              }
              return false;
            };
            const out = new Set();
            const found = [];
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || r.right <= w + 1 || contained(e)) { continue; }
              out.add(e);
              if (!out.has(e.parentElement) && found.length < 5) {
                found.push(describe(e) + ' (right edge ' + Math.round(r.right) + ' px)');
              }
            }
            return { viewport: w, scrollWidth: document.documentElement.scrollWidth, sticking: found };
            """;

    private static final String LINKS_SCRIPT =
            "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);";

    /** A role of the demo data: who signs in (none: the public pages), and where the crawl starts. */
    private record Role(String name, String email) {}

    private record Finding(String page, String role, int width, String language, String finding) {
        @Override
        public String toString() {
            return page + " | " + role + " | " + width + " px | " + language + " | " + finding;
        }
    }

    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> pagesPerPass = new LinkedHashMap<>();
    private final Map<String, Set<String>> pathsPerPass = new LinkedHashMap<>();

    @Test
    void everyPageReachableAsEachRoleReadsWellAtBothWidthsAndInEachLanguage_issue24() throws IOException {
        String url = System.getenv("CONCORD_DB_URL");
        assumeFalse(
                url != null && url.startsWith("jdbc:postgresql:"),
                "the crawl checks how pages render, which the database does not change: it runs once, in the embedded"
                        + " database's run (mvn verify), to keep the PostgreSQL run short");
        long started = System.nanoTime();
        mediationInProgress();

        List<Role> roles = List.of(
                new Role("anonymous", null),
                new Role("administrator", DemoAccounts.ADMIN),
                new Role("staff", DemoAccounts.STAFF),
                new Role("Neutral", DemoAccounts.NEUTRAL),
                new Role("mediator", DemoAccounts.OTHER_NEUTRAL),
                new Role("Requesting Party", DemoAccounts.ALICE),
                new Role("platform manager", DemoAccounts.PLATFORM),
                new Role("representative", DemoAccounts.LAWYER));
        for (Role role : roles) {
            browser.manage().deleteAllCookies();
            atWidth(WIDE);
            if (role.email() != null) {
                signIn(role.email());
            } else {
                browser.get(Http.local(base).resolve("index.xhtml").toString());
            }
            crawl(role, "en", List.of(WIDE, PHONE));
            if (role.email() != null && role.email().equals(DemoAccounts.ADMIN)) {
                for (String language : List.of("fr", "de")) {
                    chooseLanguage(language);
                    // The other languages at a phone's width, where their longer words make trouble.
                    crawl(role, language, List.of(PHONE));
                }
                chooseLanguage("en");
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String summary = pagesPerPass.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue() + " pages " + pathsPerPass.get(e.getKey()))
                .collect(Collectors.joining("\n"));
        String report = "Crawl in " + seconds + " s\n" + summary + "\n" + findings.size() + " findings:\n"
                + findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
        System.out.println(report);
        Path file = Path.of("target", "crawl-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        assertTrue(
                findings.isEmpty(),
                findings.size() + " findings (page | role | width | language | finding):\n"
                        + findings.stream().map(Finding::toString).collect(Collectors.joining("\n")));
    }

    /**
     * A mediation of the demo's people (R-M1–R-M4): Alice asks Bob, both rank Otto, Otto accepts and schedules a first
     * meeting; so that the mediator, Alice and her lawyer have a mediation to open.
     */
    private void mediationInProgress() {
        String path = "/api/v1/mediations";
        JsonObject requested = ok(Http.as(base, DemoAccounts.ALICE)
                .postJson(
                        path,
                        Json.createObjectBuilder()
                                .add("otherParty", DemoAccounts.BOB)
                                .add("summary", "Streamly's playlist uses our jingle; the crawl reads this mediation.")
                                .add("language", "en")
                                .build()
                                .toString()));
        String id = requested.getString("id");
        ok(Http.as(base, DemoAccounts.BOB).postJson(path + "/" + id + "/agreement", ""));
        String otto = Http.json(Http.anonymous(base).get("/api/v1/mediators?q=Otto"))
                .getJsonArray("mediators")
                .getJsonObject(0)
                .getString("id");
        String ranking = "{\"mediators\":[\"" + otto + "\"]}";
        ok(Http.as(base, DemoAccounts.ALICE).put(path + "/" + id + "/ranking", ranking));
        ok(Http.as(base, DemoAccounts.BOB).put(path + "/" + id + "/ranking", ranking));
        ok(Http.as(base, DemoAccounts.OTHER_NEUTRAL)
                .postJson(path + "/" + id + "/mandate", "{\"confirmsImpartiality\":true}"));
        ok(Http.as(base, DemoAccounts.OTHER_NEUTRAL)
                .postJson(
                        path + "/" + id + "/sessions",
                        "{\"startsAt\":\"2027-03-01T09:00:00Z\",\"place\":\"https://meet.example/room-1\"}"));
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return Http.json(response);
    }

    /** Breadth-first from the current page: each page checked at each width, its links queued by kind. */
    private void crawl(Role role, String language, List<Integer> widths) {
        String pass = role.name() + " (" + language + ")";
        long started = System.nanoTime();
        URI root = Http.local(base);
        Deque<String> queue = new ArrayDeque<>();
        queue.add(browser.getCurrentUrl());
        queue.add(root.resolve("index.xhtml").toString());
        Map<String, Integer> kinds = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> paths = new TreeSet<>();
        Map<String, String> from = new HashMap<>();
        int pages = 0;
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (!seen.add(url)) {
                continue;
            }
            String kind = kindOf(root, url);
            int count = kinds.merge(kind, 1, Integer::sum);
            if (count > SAME_KIND) {
                continue;
            }
            String page = root.relativize(URI.create(url)).toString();
            List<String> links;
            try {
                atWidth(widths.get(0));
                browser.get(url);
                waitForPage();
                if (!sameOrigin(root, browser.getCurrentUrl())) {
                    continue;
                }
                page = root.relativize(URI.create(browser.getCurrentUrl())).toString();
                // A redirect (to the login page, to a canonical address) may lead to a page already checked.
                if (!browser.getCurrentUrl().equals(url) && !seen.add(browser.getCurrentUrl())) {
                    continue;
                }
                pages++;
                progress("visit " + pass + " " + browser.getCurrentUrl());
                paths.add(URI.create(browser.getCurrentUrl())
                        .getPath()
                        .substring(root.getPath().length()));
                check(page, role, widths.get(0), language, from.get(url));
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) ((JavascriptExecutor) browser).executeScript(LINKS_SCRIPT);
                links = found;
                // The same page at the other width: the layout follows the viewport as it does when turned.
                for (int width : widths.subList(1, widths.size())) {
                    atWidth(width);
                    check(page, role, width, language, null);
                }
            } catch (WebDriverException broken) {
                found(new Finding(page, role.name(), widths.get(0), language, "not checked: " + firstLine(broken)));
                continue;
            }
            for (String link : links) {
                String target = followable(root, link);
                if (target != null && !seen.contains(target)) {
                    from.putIfAbsent(target, page);
                    queue.add(target);
                }
            }
        }
        atWidth(WIDE);
        pagesPerPass.put(pass, pages);
        pathsPerPass.put(pass, paths);
        String timing = String.format(
                "Crawl as %s: %d pages, each at %s px, in %d s",
                pass, pages, widths, (System.nanoTime() - started) / 1_000_000_000L);
        System.out.println(timing);
        progress(timing + " " + paths);
    }

    /** A finding, kept for the assertion and written at once to the report (a long crawl can be followed). */
    private void found(Finding finding) {
        findings.add(finding);
        progress(finding.toString());
    }

    private static void progress(String line) {
        try {
            Path file = Path.of("target", "crawl-progress.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    java.time.LocalTime.now().withNano(0) + " " + line + "\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException notWritten) {
            throw new java.io.UncheckedIOException(notWritten);
        }
    }

    /** Every check of one page at one width; each failure is a finding, none stops the crawl. */
    private void check(String page, Role role, int width, String language, String linkedFrom) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String text = (String) js.executeScript(TEXT_SCRIPT);
        List<String> problems = new ArrayList<>();
        String title = browser.getTitle();
        ResourceBundle bundle = ResourceBundle.getBundle("org.concord.web.messages", Locale.forLanguageTag(language));
        for (String error : List.of("403", "404", "500", "expired")) {
            if (title.startsWith(bundle.getString("error." + error + ".title"))) {
                problems.add("a link" + (linkedFrom == null ? "" : " on " + linkedFrom) + " leads to an error page: "
                        + title);
            }
        }
        problems.addAll(RawText.findings(text));
        @SuppressWarnings("unchecked")
        Map<String, Object> overflow = (Map<String, Object>) js.executeScript(OVERFLOW_SCRIPT);
        long viewport = ((Number) overflow.get("viewport")).longValue();
        long scrollWidth = ((Number) overflow.get("scrollWidth")).longValue();
        @SuppressWarnings("unchecked")
        List<String> sticking = (List<String>) overflow.get("sticking");
        if (scrollWidth > viewport) {
            problems.add("scrolls sideways: " + scrollWidth + " px wide in " + viewport + " px");
        }
        if (!sticking.isEmpty()) {
            problems.add("sticks out: " + String.join(", ", sticking));
        }
        Results axe = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        for (Rule violation : axe.getViolations()) {
            problems.add("axe " + violation.getId() + " (" + violation.getImpact() + "): "
                    + violation.getNodes().stream()
                            .limit(3)
                            .map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(", "))
                    + (violation.getNodes().size() > 3
                            ? " and " + (violation.getNodes().size() - 3) + " more"
                            : ""));
        }
        problems.stream().distinct().forEach(p -> found(new Finding(page, role.name(), width, language, p)));
    }

    /**
     * Sets the viewport's width by device metrics: headless Chromium keeps a window at least 500 px wide, so a
     * phone's 390 px is only reached this way (as in {@link BrowserConsoleSearchIT}).
     */
    private void atWidth(int width) {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of(
                                "width",
                                width,
                                "height",
                                width == PHONE ? 844 : 900,
                                "deviceScaleFactor",
                                1,
                                "mobile",
                                false));
    }

    private void waitForPage() {
        wait.until(
                driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    /** The language chosen in the header, as a person would. */
    private void chooseLanguage(String language) {
        browser.get(Http.local(base).resolve("index.xhtml").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session:language")));
        new Select(browser.findElement(By.id("session:language"))).selectByValue(language);
        try {
            browser.findElement(By.cssSelector("#session .apply-language")).click();
        } catch (WebDriverException alreadyApplied) {
            // the select's own script was already submitting the form
        }
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }

    /**
     * The address to follow, without its fragment; or null for another site, anything but a Faces page (downloads:
     * PDF, CSV, documents, JSON; the API), the second sign-in step, and links that act when opened (a mail's token).
     */
    private static String followable(URI root, String link) {
        if (!sameOrigin(root, link)) {
            return null;
        }
        URI uri = URI.create(link);
        String path = uri.getPath();
        if (path == null || !path.startsWith(root.getPath())) {
            return null;
        }
        String page = path.substring(root.getPath().length());
        if (!(page.isEmpty() || page.endsWith(".xhtml"))
                || page.startsWith("login-factor")
                || parameters(uri).containsKey("token")
                || parameters(uri).keySet().stream().anyMatch(PAGING::contains)) {
            return null;
        }
        try {
            return new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), uri.getQuery(), null).toString();
        } catch (URISyntaxException cannotBe) {
            return null;
        }
    }

    private static boolean sameOrigin(URI root, String link) {
        URI uri = URI.create(link);
        return root.getScheme().equals(uri.getScheme()) && root.getAuthority().equals(uri.getAuthority());
    }

    /** A page's kind: its path and the names of its parameters, so that each list and detail is visited a few times. */
    private static String kindOf(URI root, String url) {
        URI uri = URI.create(url);
        String path = uri.getPath().substring(root.getPath().length());
        if (path.isEmpty()) {
            path = "index.xhtml";
        }
        return path + "?" + String.join("&", parameters(uri).keySet());
    }

    private static Map<String, String> parameters(URI uri) {
        Map<String, String> parameters = new TreeMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                parameters.put(name, equals < 0 ? "" : pair.substring(equals + 1));
            }
        }
        return parameters;
    }

    private static String firstLine(WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
