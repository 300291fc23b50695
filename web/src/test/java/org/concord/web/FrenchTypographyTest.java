package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 24 (pages that read well in every language): French puts a no-break space before a colon, and a narrow one
 * before a semicolon, a question mark and an exclamation mark, so that none of them starts a line. The bundles' French
 * texts do, and the pages put the colon after a label through the bundle ({@code msg['colon']}), never as a literal
 * after an expression, so that a French page reads "Total : 3" and an English one "Total: 3".
 */
class FrenchTypographyTest {

    private static final Path ROOT = BundleCompletenessTest.root();

    /** An ordinary space before a colon, semicolon, question or exclamation mark: it may break the line there. */
    private static final Pattern BREAKING_SPACE = Pattern.compile(" [:;?!]");

    /** A word followed at once by a colon and a space (or the end): English typography. */
    private static final Pattern TIGHT_COLON = Pattern.compile("\\p{L}:(\\s|$)");

    /** An expression's result followed by a literal colon: the colon must come from the bundle. */
    private static final Pattern LITERAL_COLON = Pattern.compile("}\\)?:(?=[ <\\n])|\">: ");

    @Test
    void frenchTextsPutASpaceBeforeAColon() throws IOException {
        List<String> tight = new ArrayList<>();
        for (String bundle : List.of(
                "web/src/main/resources/org/concord/web/messages_fr.properties",
                "web/src/main/resources/org/concord/web/ranking_fr.properties",
                "web/src/main/resources/org/concord/web/faces-messages_fr.properties",
                "ejb/src/main/resources/org/concord/service/mail/mail_fr.properties")) {
            Properties french = new Properties();
            try (Reader in = Files.newBufferedReader(ROOT.resolve(bundle), StandardCharsets.UTF_8)) {
                french.load(in);
            }
            for (String key : french.stringPropertyNames()) {
                // HTTP header names are written as HTTP writes them ("Authorization: Bearer").
                String text = french.getProperty(key).replaceAll("Authorization: ", "");
                if (TIGHT_COLON.matcher(text).find()
                        || BREAKING_SPACE.matcher(text).find()) {
                    tight.add(bundle + " " + key + "=" + french.getProperty(key));
                }
            }
            if (bundle.endsWith("/messages_fr.properties")) {
                assertEquals("\u00a0:", french.getProperty("colon"));
            }
        }
        assertEquals(List.of(), tight);
    }

    @Test
    void pagesTakeTheColonAfterALabelFromTheBundle() throws IOException {
        List<String> literal = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(ROOT.resolve("web/src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (LITERAL_COLON.matcher(lines.get(i) + "\n").find()) {
                        literal.add(ROOT.relativize(page) + ":" + (i + 1) + " "
                                + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), literal);
    }
}
