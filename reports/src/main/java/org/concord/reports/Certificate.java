package org.concord.reports;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRParameter;

/**
 * the certificate of a Procedure's date of commencement and of completion or termination, for the suspension of
 * limitation periods (Article 20). While the Procedure is pending, it says so on the day of issue.
 */
public final class Certificate {

    private static final Layout LAYOUT = new Layout("certificate.jrxml");

    /** How the Procedure ended, if it did. */
    public enum Ending {
        COMPLETED,
        TERMINATED,
        PENDING
    }

    private Certificate() {}

    /**
     * @param endedOn the Geneva date the Resolution became effective or the Procedure was terminated; {@code null}
     *        while pending
     */
    public static byte[] pdf(
            String centerName,
            String procedure,
            String matter,
            String parties,
            LocalDate commencedOn,
            Ending ending,
            LocalDate endedOn,
            LocalDate issuedOn,
            Locale locale) {
        ResourceBundle labels = Layout.labels(locale);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String ended = switch (ending) {
            case COMPLETED -> format(labels, "certificate.completed", dates.format(endedOn), locale);
            case TERMINATED -> format(labels, "certificate.terminated", dates.format(endedOn), locale);
            case PENDING -> format(labels, "certificate.pending", dates.format(issuedOn), locale);
        };
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        parameters.put("CENTER_NAME", centerName);
        parameters.put("PROCEDURE", procedure);
        parameters.put("MATTER", labels.getString("matter." + matter));
        parameters.put("PARTIES", parties);
        parameters.put("COMMENCED_ON", dates.format(commencedOn));
        parameters.put("ENDED", ended);
        parameters.put("ISSUED_ON", dates.format(issuedOn));
        return Layout.toPdf(LAYOUT.fill(parameters, new JREmptyDataSource(1)));
    }

    private static String format(ResourceBundle labels, String key, String date, Locale locale) {
        return new MessageFormat(labels.getString(key), locale).format(new Object[] {date});
    }
}
