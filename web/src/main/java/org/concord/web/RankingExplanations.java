package org.concord.web;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.concord.service.appointment.CandidateListView;

/**
 * puts the ranking's explanations (a message key and its arguments per criterion, from the service) in the
 * reader's language, for the console page and the API alike, from the {@code ranking} bundle (English when the
 * language has none).
 */
public final class RankingExplanations {

    private static final String BUNDLE = "org.concord.web.ranking";

    private RankingExplanations() {}

    public static CandidateListView in(Locale locale, CandidateListView candidates) {
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, MessageFormat> formats = new HashMap<>();
        return candidates.explained(c -> formats.computeIfAbsent(
                        c.explanationKey(), key -> new MessageFormat(texts.getString(key), texts.getLocale()))
                .format(c.explanationArgs().toArray()));
    }
}
