package org.concord.domain.procedure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names and e-mail domains as the conflict check of R-9 compares them: "Streamly Ltd.", "STREAMLY LIMITED" and
 * "Streamly" are one organisation; "Bécker Records GmbH" and "Becker Records" too. Accents, case, punctuation and
 * legal forms do not count. An e-mail domain of a public mailbox provider says nothing about an organisation.
 */
public final class PartyName {

    private static final Set<String> LEGAL_FORMS = Set.of(
            "ab",
            "ag",
            "as",
            "asa",
            "bv",
            "co",
            "company",
            "corp",
            "corporation",
            "gmbh",
            "inc",
            "incorporated",
            "kg",
            "llc",
            "llp",
            "lp",
            "ltd",
            "limited",
            "nv",
            "oy",
            "plc",
            "sa",
            "sarl",
            "sas",
            "se",
            "spa",
            "srl",
            "ug",
            "the",
            "und",
            "and",
            "et",
            "cie");

    private static final Set<String> PUBLIC_MAIL_DOMAINS = Set.of(
            "gmail.com",
            "googlemail.com",
            "outlook.com",
            "hotmail.com",
            "live.com",
            "msn.com",
            "yahoo.com",
            "yahoo.fr",
            "yahoo.de",
            "icloud.com",
            "me.com",
            "aol.com",
            "mail.com",
            "gmx.de",
            "gmx.net",
            "gmx.ch",
            "web.de",
            "t-online.de",
            "proton.me",
            "protonmail.com",
            "orange.fr",
            "free.fr",
            "laposte.net",
            "wanadoo.fr",
            "bluewin.ch",
            "yandex.com");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>(),;]+@[^@\\s<>(),;]+\\.[^@\\s<>(),;]+");

    /** A name this short after normalising matches only in full, never as a part of a longer one. */
    private static final int SHORTEST_PARTIAL_MATCH = 4;

    private PartyName() {}

    /** Lower case, without accents, punctuation or legal forms: the words that name the organisation or person. */
    public static List<String> words(String name) {
        if (name == null || name.isEmpty()) {
            return List.of();
        }
        String decomposed = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else {
                addWord(words, word);
            }
        }
        addWord(words, word);
        return words;
    }

    private static void addWord(List<String> words, StringBuilder word) {
        if (!word.isEmpty()) {
            String w = word.toString();
            if (!LEGAL_FORMS.contains(w)) {
                words.add(w);
            }
            word.setLength(0);
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name in an item that gives "name and contact" (5(b)(i), 7(b)(i)): the text before the first comma,
     * semicolon, parenthesis, angle bracket or line break ("Claire Dubois, Dubois Avocats" gives "Claire Dubois").
     */
    public static String leadingName(String nameAndContact) {
        if (nameAndContact == null) {
            return null;
        }
        String[] parts = nameAndContact.split("[,;(<\n]", 2);
        return parts[0].strip();
    }

    /** The first e-mail address in a "name and contact" text, or {@code null}. */
    public static String emailIn(String nameAndContact) {
        if (nameAndContact == null) {
            return null;
        }
        Matcher m = EMAIL.matcher(nameAndContact);
        return m.find() ? m.group() : null;
    }

    /** The normalised name, its words joined by single spaces. */
    public static String normalise(String name) {
        return String.join(" ", words(name));
    }

    /**
     * Whether two names designate the same organisation or person: equal once normalised, or the shorter's words
     * found in a row within the longer's ("Google" and "Google Ireland"), if the shorter is not too short to say so.
     */
    public static boolean same(String a, String b) {
        return sameWords(words(a), words(b));
    }

    /** {@link #same} on names already split into {@link #words}. */
    public static boolean sameWords(List<String> x, List<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        return length(shorter) >= SHORTEST_PARTIAL_MATCH && Collections.indexOfSubList(longer, shorter) >= 0;
    }

    private static int length(List<String> words) {
        int length = words.size() - 1;
        for (String w : words) {
            length += w.length();
        }
        return length;
    }

    /**
     * The organisation's e-mail domain of an address or a domain ({@code legal@Streamly.example} and
     * {@code streamly.example} give {@code streamly.example}); empty for public mailbox providers.
     */
    public static Optional<String> domainOf(String emailOrDomain) {
        if (emailOrDomain == null || emailOrDomain.isBlank()) {
            return Optional.empty();
        }
        String s = emailOrDomain.strip().toLowerCase(Locale.ROOT);
        String domain = s.substring(s.lastIndexOf('@') + 1);
        if (domain.startsWith("www.")) {
            domain = domain.substring(4);
        }
        return domain.isEmpty() || !domain.contains(".") || PUBLIC_MAIL_DOMAINS.contains(domain)
                ? Optional.empty()
                : Optional.of(domain);
    }
}
