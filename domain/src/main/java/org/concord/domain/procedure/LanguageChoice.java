package org.concord.domain.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * the language of the Procedure is one of the official languages of the Requesting Party's country of
 * domicile, or English. Concord proposes one: the Statement's content language when it is one of those, otherwise the
 * first official language of the domicile (English when none is known). The Neutral may determine another.
 */
public final class LanguageChoice {

    public static final String ENGLISH = "en";

    private LanguageChoice() {}

    /** The languages allows without a determination by the Neutral. */
    public static List<String> allowed(String domicileCountry) {
        List<String> allowed = new ArrayList<>(OfficialLanguages.of(domicileCountry));
        if (!allowed.contains(ENGLISH)) {
            allowed.add(ENGLISH);
        }
        return allowed;
    }

    /** The proposal and, in words, why. */
    public record Proposal(String language, String reason) {}

    public static Proposal propose(String domicileCountry, Optional<String> contentLanguage) {
        List<String> allowed = allowed(domicileCountry);
        Optional<String> content = contentLanguage.map(l -> l.toLowerCase(Locale.ROOT));
        if (content.isPresent() && allowed.contains(content.get())) {
            return new Proposal(
                    content.get(),
                    "the content's language, an official language of " + domicileCountry + " or English (R-4.1)");
        }
        return new Proposal(
                allowed.get(0),
                allowed.get(0).equals(ENGLISH)
                                && OfficialLanguages.of(domicileCountry).isEmpty()
                        ? "English (R-4.1)"
                        : "the first official language of " + domicileCountry + " (R-4.1)");
    }
}
