package org.concord.web;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 24: what no page may show in its text (the browser crawl, {@link BrowserCrawlIT}): a key missing from the
 * bundles, an ISO instant, an enum constant. Checked against its own examples by {@link RawTextTest}.
 */
final class RawText {

    /** Text a bundle does not have (Faces renders {@code ???key???}). */
    private static final Pattern MISSING = Pattern.compile("\\?\\?\\?[^\\s?]*(\\?\\?\\?)?");

    /** An ISO instant or local date-time: a date, {@code T}, hours and minutes. */
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}[^\\s]*");

    /**
     * An enum constant of several words ({@code MUSIC_AND_AUDIO}, {@code STATEMENT_CATEGORY_…}): upper-case words
     * joined by underscores. A single upper-case word is one only if some enum of Concord has that constant (see
     * {@link #SINGLE_WORD_CONSTANTS}): acronyms such as PDF, VAT or IBAN are not.
     */
    private static final Pattern SNAKE_CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    private static final Pattern UPPER_WORD = Pattern.compile("\\b[A-Z]{4,}\\b");

    /** Upper-case words that are also text: acronyms and codes that pages show on purpose. */
    private static final Set<String> ACRONYMS =
            Set.of("IBAN", "TOTP", "PUID", "UUID", "JSON", "HTTP", "HTTPS", "SMTP", "GDPR", "WCAG", "ISBN");

    /** The constants of Concord's enums that are one upper-case word of four letters or more. */
    private static final Set<String> SINGLE_WORD_CONSTANTS = singleWordConstants();

    private RawText() {}

    /** Each kind of raw text in {@code text}, with what was found: empty if the text reads well. */
    static List<String> findings(String text) {
        List<String> findings = new ArrayList<>();
        matches(MISSING, text).forEach(m -> findings.add("text missing from the bundles: " + m));
        matches(ISO_INSTANT, text).forEach(m -> findings.add("ISO instant: " + m));
        matches(SNAKE_CONSTANT, text).forEach(m -> findings.add("enum constant: " + m));
        matches(UPPER_WORD, text).stream()
                .filter(SINGLE_WORD_CONSTANTS::contains)
                .filter(w -> !ACRONYMS.contains(w))
                .forEach(m -> findings.add("enum constant: " + m));
        return findings;
    }

    /** The distinct matches of a pattern, each with a little of its context. */
    private static List<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return new ArrayList<>(found);
    }

    /** The constants of the enums in Concord's packages (domain, services, web) that are one upper-case word. */
    private static Set<String> singleWordConstants() {
        Set<String> constants = new TreeSet<>();
        ClassLoader loader = RawText.class.getClassLoader();
        try {
            Enumeration<URL> roots = loader.getResources("org/concord");
            for (URL url : Collections.list(roots)) {
                for (String className : classNames(url)) {
                    Class<?> type;
                    try {
                        type = Class.forName(className, false, loader);
                    } catch (ClassNotFoundException | LinkageError unusable) {
                        continue;
                    }
                    if (type.isEnum()) {
                        for (Object constant : type.getEnumConstants()) {
                            String name = ((Enum<?>) constant).name();
                            if (name.matches("[A-Z]{4,}")) {
                                constants.add(name);
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException unreadable) {
            throw new IllegalStateException("Concord's classes cannot be listed", unreadable);
        }
        return constants;
    }

    private static List<String> classNames(URL packageUrl) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        if ("jar".equals(packageUrl.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) packageUrl.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    if (entry.getName().startsWith("org/concord/")
                            && entry.getName().endsWith(".class")) {
                        names.add(entry.getName().replace('/', '.').replace(".class", ""));
                    }
                }
            }
        } else if ("file".equals(packageUrl.getProtocol())) {
            Path dir = Path.of(packageUrl.toURI());
            Path classesRoot = dir.getParent().getParent();
            try (var files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> classesRoot.relativize(f).toString().replace(File.separatorChar, '.'))
                        .map(n -> n.substring(0, n.length() - ".class".length()))
                        .forEach(names::add);
            }
        }
        return names;
    }
}
