package org.concord.reports;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The Neutral's Resolution as a PDF (Article 14, R-14.1): the Procedure and the Parties, the date made, the brief
 * description, the non-binding recommendation, the reasons, the outcome and the signature (the authenticated
 * Neutral's name and the time of signing). Fonts embedded; in the language of the Procedure when one of the labels'
 * languages, else English.
 */
public final class ResolutionDocument {

    private static final Layout LAYOUT = new Layout("resolution.jrxml");
    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    /** What the Resolution says and who signed it when. */
    public record Content(
            String centerName,
            String procedure,
            String matter,
            String requestingParty,
            String respondingParty,
            String neutralName,
            String neutralLogin,
            Instant signedAt,
            String description,
            String recommendation,
            String reasons,
            String outcome) {}

    private ResolutionDocument() {}

    public static byte[] pdf(Content c, Locale locale) {
        ResourceBundle labels = Layout.labels(locale);
        List<Map<String, ?>> sections = List.of(
                Map.of("heading", labels.getString("resolution.description"), "text", c.description()),
                Map.of("heading", labels.getString("resolution.recommendation"), "text", c.recommendation()),
                Map.of("heading", labels.getString("resolution.reasons"), "text", c.reasons()),
                Map.of(
                        "heading",
                        labels.getString("resolution.outcome"),
                        "text",
                        labels.getString("outcome." + c.outcome())));
        String signedAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(c.signedAt().atZone(GENEVA));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        parameters.put("CENTER_NAME", c.centerName());
        parameters.put("PROCEDURE", c.procedure());
        parameters.put("MATTER", labels.getString("matter." + c.matter()));
        parameters.put("REQUESTING_PARTY", c.requestingParty());
        parameters.put("RESPONDING_PARTY", c.respondingParty());
        parameters.put("NEUTRAL", c.neutralName());
        parameters.put(
                "MADE_ON",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(c.signedAt().atZone(GENEVA)));
        parameters.put(
                "SIGNATURE", new MessageFormat(labels.getString("resolution.signed"), locale).format(new Object[] {
                            c.neutralName(), c.neutralLogin(), signedAt + " (" + c.signedAt() + ")"
                        }));
        return Layout.toPdf(LAYOUT.fill(parameters, new JRMapCollectionDataSource(sections)));
    }
}
