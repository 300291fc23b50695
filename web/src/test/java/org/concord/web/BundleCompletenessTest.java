package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the application can show has an entry in every language (issue 20): a key a refusal throws, a key a
 * backing bean adds as a message, a key a page names, a Bean Validation message, and each constant of an enum that a
 * page renders through a key prefix ({@code msg['state.'.concat(p.state)]}). Reads the sources, so that a key added
 * in code without its entries fails here and not as {@code ???key???} on a page or a bare key in the API.
 */
class BundleCompletenessTest {

    private static final Path ROOT = root();
    private static final List<String> LANGUAGES = List.of("", "_fr", "_de");
    private static final Path MESSAGES = ROOT.resolve("web/src/main/resources/org/concord/web/messages");
    private static final Path VALIDATION = ROOT.resolve("ejb/src/main/resources/ValidationMessages");

    /**
     * The calls that carry a message key of the pages' bundle, with the position of the key among their arguments:
     * the refusals (rule violations, idempotency conflicts, unreadable statements and their helper, missing items),
     * the findings about an imported Statement of Reasons ({@code SorProblem}), the pages' own messages and the texts
     * the API resolves ({@code Messages.text}, {@code MessageResolver.text}).
     */
    private static final Map<Pattern, Integer> KEY_ARGUMENT = Map.of(
            Pattern.compile("new\\s+(?:[\\w.]+\\.)?RuleViolation\\s*\\("), 2,
            Pattern.compile("new\\s+(?:[\\w.]+\\.)?IdempotencyConflict\\s*\\("), 1,
            Pattern.compile("new\\s+(?:[\\w.]+\\.)?MalformedStatement\\s*\\("), 3,
            Pattern.compile("throw\\s+error\\s*\\("), 1,
            Pattern.compile("new\\s+(?:[\\w.]+\\.)?Missing\\s*\\("), 2,
            Pattern.compile("(?:new\\s+(?:[\\w.]+\\.)?SorProblem|\\bSorProblem\\s*\\.\\s*of)\\s*\\("), 2,
            Pattern.compile("\\bMessages\\s*\\.\\s*error\\s*\\("), 1,
            Pattern.compile("\\bMessages\\s*\\.\\s*info\\s*\\("), 0,
            Pattern.compile("\\.\\s*text\\s*\\("), 0);

    /** A string literal shaped like a key: words joined by dots. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([A-Za-z][\\w-]*(?:\\.[\\w-]+)+)\"");
    /**
     * Keys handed on through a variable or a constant (a helper's parameter, such as the Statement of Reasons
     * import's {@code error(at, name, key, arguments)}) are still literals somewhere.
     */
    private static final Pattern RULE_LITERAL = Pattern.compile("\"((?:rule|problem|sor)\\.[\\w-]+(?:\\.[\\w-]+)*)\"");

    private static final Pattern VALIDATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");
    private static final Pattern PAGE_BRACKET = Pattern.compile("msg\\[\\s*['\"]([^'\"]+)['\"]\\s*]");
    private static final Pattern PAGE_DOT = Pattern.compile("\\bmsg\\.([A-Za-z_]\\w*)\\b(?!\\s*\\()");
    private static final Pattern PAGE_PREFIX = Pattern.compile("msg\\[\\s*'([^']+)'\\s*\\.\\s*concat\\(");

    /**
     * The enums the pages render through a key prefix. A page that adds a prefix must say here what it renders; a
     * prefix missing from this table and from {@link #PREFIX_VALUES} fails the test.
     */
    private static final Map<String, List<String>> PREFIX_ENUMS = Map.ofEntries(
            Map.entry("action.", List.of("org.concord.domain.fee.RefundPolicy$Action")),
            Map.entry("workQueue.section.", List.of("org.concord.domain.procedure.WorkQueue$Kind")),
            Map.entry("workQueue.do.", List.of("org.concord.domain.procedure.WorkQueue$Kind")),
            Map.entry("workQueue.since.", List.of("org.concord.domain.procedure.WorkQueue$Kind")),
            Map.entry("workQueue.list.", List.of("org.concord.domain.procedure.WorkQueue$Kind")),
            Map.entry("accountChange.", List.of("org.concord.domain.account.AccountChange$Kind")),
            Map.entry("accountState.", List.of("org.concord.service.account.AccountSummary$State")),
            Map.entry("role.", List.of("org.concord.domain.account.Role")),
            Map.entry("securityEvent.", List.of("org.concord.domain.security.SecurityEvent$Type")),
            Map.entry("mailLog.status.", List.of("org.concord.domain.mail.OutboundMail$Status")),
            Map.entry("retention.class.", List.of("org.concord.domain.retention.DataClass")),
            Map.entry("tokens.scope.", List.of("org.concord.domain.account.ApiToken$Scope")),
            Map.entry("tokens.scopeShort.", List.of("org.concord.domain.account.ApiToken$Scope")),
            Map.entry("representation.state.", List.of("org.concord.domain.account.Representation$State")),
            Map.entry("representation.basis.", List.of("org.concord.domain.account.Representation$Basis")),
            Map.entry("statistics.run.step.", List.of("org.concord.domain.statistics.GateRun$Step")),
            Map.entry("answerStatus.", List.of("org.concord.domain.procedure.AnswerStatus")),
            Map.entry("appointmentStatus.", List.of("org.concord.domain.procedure.NeutralAppointment$Status")),
            Map.entry("area.", List.of("org.concord.domain.neutral.ExpertiseArea")),
            Map.entry("capacity.", List.of("org.concord.domain.procedure.RequesterCapacity")),
            Map.entry("certification.", List.of("org.concord.domain.neutral.Certification")),
            Map.entry("channel.", List.of("org.concord.domain.mediation.MediationMessage$Channel")),
            Map.entry("conclusion.", List.of("org.concord.domain.fee.Conclusion")),
            Map.entry("conflictBasis.", List.of("org.concord.domain.procedure.Conflict$Basis")),
            Map.entry("conflictSource.", List.of("org.concord.domain.procedure.Conflict$Source")),
            Map.entry("console.sort.", List.of("org.concord.service.procedure.ConsoleQuery$Sort")),
            Map.entry("criterion.", List.of("org.concord.domain.neutral.Criterion")),
            Map.entry("deadline.", List.of("org.concord.domain.procedure.ProcedureDeadline$Kind")),
            Map.entry("document.", List.of("org.concord.domain.document.DocumentKind")),
            Map.entry("entry.", List.of("org.concord.domain.fee.LedgerEntry$Type")),
            Map.entry("externalDisclosure.", List.of("org.concord.domain.procedure.ExternalDisclosure$Ground")),
            Map.entry("fee.", List.of("org.concord.domain.fee.FeeKind")),
            Map.entry("implementationOutcome.", List.of("org.concord.domain.procedure.ImplementationOutcome")),
            Map.entry("feeStatus.", List.of("org.concord.domain.fee.FeeBalance$Status")),
            Map.entry("feedback.", List.of("org.concord.domain.mediation.FeedbackQuestion")),
            Map.entry("file.", List.of("org.concord.domain.procedure.Communication$Kind")),
            Map.entry("filing.", List.of("org.concord.domain.procedure.Filing$Kind")),
            Map.entry("flag.", List.of("org.concord.domain.neutral.RankedCandidate$Flag")),
            Map.entry("invitation.for.", List.of("org.concord.domain.account.Invitation$Kind")),
            Map.entry("invitationKind.", List.of("org.concord.domain.account.Invitation$Kind")),
            Map.entry("invitationState.", List.of("org.concord.domain.account.Invitation$State")),
            Map.entry("matter.", List.of("org.concord.domain.procedure.Matter")),
            Map.entry("mediationRole.", List.of("org.concord.domain.mediation.MediationRole")),
            Map.entry("mediationState.", List.of("org.concord.domain.mediation.MediationState")),
            Map.entry("memberRole.", List.of("org.concord.domain.organisation.MemberRole")),
            Map.entry("organisationKind.", List.of("org.concord.domain.organisation.OrganisationKind")),
            Map.entry("organisationChange.", List.of("org.concord.domain.organisation.OrganisationChange$Kind")),
            Map.entry("organisationDetail.", List.of("org.concord.domain.organisation.OrganisationChange$Detail")),
            Map.entry("outcome.", List.of("org.concord.domain.procedure.ResolutionOutcome")),
            Map.entry(
                    "participant.",
                    List.of(
                            "org.concord.domain.procedure.ParticipantRole",
                            "org.concord.domain.procedure.Communication$Author")),
            Map.entry("process.", List.of("org.concord.domain.analysis.DisputeProcess")),
            Map.entry("proposal.", List.of("org.concord.domain.fee.RefundProposal$State")),
            Map.entry("question.", List.of("org.concord.domain.analysis.Question")),
            Map.entry("relationship.", List.of("org.concord.domain.neutral.Relationship$Kind")),
            Map.entry("reply.", List.of("org.concord.domain.analysis.Reply")),
            Map.entry("restriction.", List.of("org.concord.domain.procedure.Restriction")),
            Map.entry("side.", List.of("org.concord.domain.mediation.Side")),
            Map.entry("sideKind.", List.of("org.concord.domain.procedure.PartySide$Kind")),
            Map.entry("state.", List.of("org.concord.domain.procedure.ProcedureState")),
            Map.entry("nextAction.", List.of("org.concord.domain.procedure.NextAction$Kind")),
            Map.entry("nextStep.", List.of("org.concord.domain.procedure.NextStep$Kind")),
            Map.entry("deadlineEnding.", List.of("org.concord.domain.procedure.ProcedureDeadline$Ending$Outcome")),
            Map.entry("statistics.periodKind.", List.of("org.concord.domain.statistics.Period$Kind")),
            Map.entry("termination.", List.of("org.concord.domain.procedure.TerminationGround")));

    /** Prefixes over values that are not an enum's constants: the values the page can render. */
    private static final Map<String, List<String>> PREFIX_VALUES = Map.of(
            "rating.",
            List.of("1", "2", "3", "4", "5"),
            "representation.scope.",
            List.of("ALL", "PROCEDURE", "MEDIATION"),
            "analysis.start.",
            List.of("MEDIATION", "EXPERT_DETERMINATION"),
            // R-PLAT.2: WebhookDelivery#status
            "webhookStatus.",
            List.of("PENDING", "RETRYING", "DELIVERED", "GIVEN_UP"),
            // Issue 24: ConductService's flags of an entry of the Procedure's file
            "fileFlag.",
            List.of("late", "held", "passed", "due"),
            // Issue 24, R-SOR.1: the categories of the Transparency Database's statements.json (domain resource)
            "sorCategory.",
            Stream.of(
                            "ANIMAL_WELFARE",
                            "CONSUMER_INFORMATION",
                            "CYBER_VIOLENCE",
                            "CYBER_VIOLENCE_AGAINST_WOMEN",
                            "DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
                            "ILLEGAL_OR_HARMFUL_SPEECH",
                            "INTELLECTUAL_PROPERTY_INFRINGEMENTS",
                            "NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
                            "NOT_SPECIFIED_NOTICE",
                            "OTHER_VIOLATION_TC",
                            "PROTECTION_OF_MINORS",
                            "RISK_FOR_PUBLIC_SECURITY",
                            "SCAMS_AND_FRAUD",
                            "SELF_HARM",
                            "UNSAFE_AND_PROHIBITED_PRODUCTS",
                            "VIOLENCE")
                    .map(c -> "STATEMENT_CATEGORY_" + c)
                    .toList(),
            // Issue 24, R-SOR.1: the keywords (category_specification) of statements.json, current and deleted
            // (renamed ones are kept under their new name), rendered by FileRequestBacking#getKeywordsText
            "sorKeyword.",
            keywords("category_specification", "deleted_category_specifications"));

    /**
     * A backing bean that renders a value through a key prefix ({@code Messages.textOr("sorKeyword." + code, code)})
     * names the prefix as a literal followed by {@code +}; a prefix of {@link #PREFIX_VALUES} found so is checked as
     * on a page.
     */
    private static final Pattern JAVA_PREFIX = Pattern.compile("\"([A-Za-z][\\w.]*\\.)\"\\s*\\+");

    /** The values of the given lists of the Commission's statements.json, kept as the domain's resource. */
    private static List<String> keywords(String... lists) {
        String json = read(ROOT.resolve("domain/src/main/resources/org/concord/domain/sor/statements.json"));
        List<String> values = new ArrayList<>();
        for (String list : lists) {
            Matcher array =
                    Pattern.compile("\"" + list + "\"\\s*:\\s*\\[([^\\]]*)]").matcher(json);
            assertTrue(array.find(), list + " is in statements.json");
            Matcher value = Pattern.compile("\"(KEYWORD_\\w+)\"").matcher(array.group(1));
            while (value.find()) {
                values.add(value.group(1));
            }
        }
        return values;
    }

    @Test
    void everyThrownKeyHasItsTextInEveryLanguage() {
        SortedMap<String, SortedSet<String>> keys = new TreeMap<>();
        for (String module : List.of("domain", "ejb", "web")) {
            for (Path source : files(ROOT.resolve(module).resolve("src/main/java"), ".java")) {
                String java = read(source);
                for (Map.Entry<Pattern, Integer> call : KEY_ARGUMENT.entrySet()) {
                    Matcher m = call.getKey().matcher(java);
                    while (m.find()) {
                        List<String> args = arguments(java, m.end());
                        if (args.size() > call.getValue()) {
                            Matcher literal = KEY_LITERAL.matcher(args.get(call.getValue()));
                            while (literal.find()) {
                                add(keys, literal.group(1), source);
                            }
                        }
                    }
                }
                Matcher rule = RULE_LITERAL.matcher(java);
                while (rule.find()) {
                    add(keys, rule.group(1), source);
                }
            }
        }
        assertTrue(keys.size() > 100, "the scan finds the refusals' keys: " + keys.size());
        assertComplete(MESSAGES, keys);
    }

    @Test
    void everyKeyAPageNamesHasItsTextInEveryLanguage() {
        SortedMap<String, SortedSet<String>> keys = new TreeMap<>();
        for (Path page : files(ROOT.resolve("web/src/main/webapp"), ".xhtml")) {
            String xhtml = read(page);
            for (Pattern pattern : List.of(PAGE_BRACKET, PAGE_DOT)) {
                Matcher m = pattern.matcher(xhtml);
                while (m.find()) {
                    add(keys, m.group(1), page);
                }
            }
        }
        assertTrue(keys.size() > 100, "the scan finds the pages' keys: " + keys.size());
        assertComplete(MESSAGES, keys);
    }

    @Test
    void everyConstantAPageRendersThroughAKeyPrefixHasItsText() throws ClassNotFoundException {
        SortedMap<String, SortedSet<String>> keys = new TreeMap<>();
        List<String> unmapped = new ArrayList<>();
        for (Path page : files(ROOT.resolve("web/src/main/webapp"), ".xhtml")) {
            Matcher m = PAGE_PREFIX.matcher(read(page));
            while (m.find()) {
                String prefix = m.group(1);
                if (PREFIX_ENUMS.containsKey(prefix)) {
                    for (String type : PREFIX_ENUMS.get(prefix)) {
                        for (Object constant : Class.forName(type).getEnumConstants()) {
                            add(keys, prefix + ((Enum<?>) constant).name(), page);
                        }
                    }
                } else if (PREFIX_VALUES.containsKey(prefix)) {
                    PREFIX_VALUES.get(prefix).forEach(v -> add(keys, prefix + v, page));
                } else {
                    unmapped.add(prefix + " in " + ROOT.relativize(page));
                }
            }
        }
        for (Path source : files(ROOT.resolve("web/src/main/java"), ".java")) {
            Matcher m = JAVA_PREFIX.matcher(read(source));
            while (m.find()) {
                String prefix = m.group(1);
                if (PREFIX_VALUES.containsKey(prefix)) {
                    PREFIX_VALUES.get(prefix).forEach(v -> add(keys, prefix + v, source));
                }
            }
        }
        assertTrue(
                keys.keySet().stream().anyMatch(k -> k.startsWith("sorKeyword.")), "the backing's keywords are found");
        assertTrue(unmapped.isEmpty(), "say which enum these prefixes render (PREFIX_ENUMS): " + unmapped);
        assertComplete(MESSAGES, keys);
    }

    @Test
    void everyBeanValidationMessageHasItsTextInEveryLanguage() {
        SortedMap<String, SortedSet<String>> keys = new TreeMap<>();
        for (String module : List.of("domain", "ejb", "web")) {
            for (Path source : files(ROOT.resolve(module).resolve("src/main/java"), ".java")) {
                Matcher m = VALIDATION_KEY.matcher(read(source));
                while (m.find()) {
                    if (!m.group(1).startsWith("jakarta.validation.")) {
                        add(keys, m.group(1), source);
                    }
                }
            }
        }
        assertTrue(!keys.isEmpty(), "the scan finds the validation messages");
        assertComplete(VALIDATION, keys);
    }

    /** Each bundle of web, ejb and reports has the same keys in English, French and German. */
    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() {
        SortedSet<String> bases = new TreeSet<>();
        for (String module : List.of("web", "ejb", "reports")) {
            for (Path file : files(ROOT.resolve(module).resolve("src/main/resources"), ".properties")) {
                String name = file.toString().replaceAll("\\.properties$", "");
                if (name.endsWith("_fr") || name.endsWith("_de")) {
                    bases.add(name.substring(0, name.length() - 3));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (String base : bases) {
            Map<String, Set<String>> byLanguage = new TreeMap<>();
            SortedSet<String> all = new TreeSet<>();
            for (String language : LANGUAGES) {
                Set<String> keys =
                        load(Path.of(base + language + ".properties")).stringPropertyNames();
                byLanguage.put(language, keys);
                all.addAll(keys);
            }
            for (String key : all) {
                List<String> lacking = LANGUAGES.stream()
                        .filter(l -> !byLanguage.get(l).contains(key))
                        .map(l -> l.isEmpty() ? "en" : l.substring(1))
                        .toList();
                if (!lacking.isEmpty()) {
                    problems.add(ROOT.relativize(Path.of(base)) + ": " + key + " missing in " + lacking);
                }
            }
        }
        assertTrue(
                problems.isEmpty(),
                problems.size() + " keys are not in every language:\n" + String.join("\n", problems));
    }

    /**
     * A key is written once per bundle: a second line with the same key silently replaces the first, so one page's
     * text would change another's (two pages once shared {@code invitation.title}).
     */
    @Test
    void everyKeyIsWrittenOncePerBundle() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String module : List.of("domain", "web", "ejb", "reports")) {
            for (Path file : files(ROOT.resolve(module).resolve("src/main/resources"), ".properties")) {
                Set<String> seen = new HashSet<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String trimmed = line.strip();
                    int equals = trimmed.indexOf('=');
                    if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || equals < 0) {
                        continue;
                    }
                    String key = trimmed.substring(0, equals).strip();
                    if (!seen.add(key)) {
                        problems.add(ROOT.relativize(file) + ": " + key);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "keys written twice:\n" + String.join("\n", problems));
    }

    /**
     * The pages and the API format a pattern with {@link java.text.MessageFormat} only when it has arguments: there an
     * apostrophe is written {@code ''} (a single one would swallow the text after it); elsewhere it is written once.
     */
    @Test
    void anApostropheIsDoubledExactlyInPatternsWithArguments() {
        Pattern argument = Pattern.compile("\\{\\d");
        List<String> wrong = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties texts = load(Path.of(MESSAGES + language + ".properties"));
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                String pattern = texts.getProperty(key);
                boolean formatted = argument.matcher(pattern).find();
                if (formatted ? pattern.replace("''", "").contains("'") : pattern.contains("''")) {
                    wrong.add((language.isEmpty() ? "en" : language.substring(1)) + " " + key + "=" + pattern);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "'' in a pattern with arguments, ' in one without:\n" + String.join("\n", wrong));
    }

    private static void assertComplete(Path bundle, SortedMap<String, SortedSet<String>> keys) {
        List<String> missing = new ArrayList<>();
        for (String language : LANGUAGES) {
            Properties texts = load(Path.of(bundle + language + ".properties"));
            keys.forEach((key, where) -> {
                if (!texts.containsKey(key)) {
                    missing.add(key + " missing in " + (language.isEmpty() ? "en" : language.substring(1)) + " ("
                            + String.join(", ", where) + ")");
                }
            });
        }
        assertTrue(
                missing.isEmpty(),
                missing.size() + " texts are missing from " + ROOT.relativize(bundle) + ":\n"
                        + String.join("\n", missing));
    }

    /** The arguments of the call whose parenthesis opens just before {@code from}, split at top-level commas. */
    static List<String> arguments(String java, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < java.length(); i++) {
            char c = java.charAt(i);
            if (c == '"') {
                if (java.startsWith("\"\"\"", i)) {
                    int end = java.indexOf("\"\"\"", i + 3);
                    i = end < 0 ? java.length() : end + 2;
                    continue;
                }
                for (i++; i < java.length() && java.charAt(i) != '"'; i++) {
                    if (java.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '\'') {
                for (i++; i < java.length() && java.charAt(i) != '\''; i++) {
                    if (java.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(java.substring(start, i).strip());
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(java.substring(start, i).strip());
                start = i + 1;
            }
        }
        return args;
    }

    private static void add(SortedMap<String, SortedSet<String>> keys, String key, Path where) {
        keys.computeIfAbsent(key, k -> new TreeSet<>()).add(where.getFileName().toString());
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    /** The project's root: surefire runs in the web module's directory. */
    static Path root() {
        Path here = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("domain/src/main/java"))
                    && Files.isDirectory(dir.resolve("web/src/main/webapp"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Not inside the Concord sources: " + here);
    }
}
