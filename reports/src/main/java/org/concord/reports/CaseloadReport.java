package org.concord.reports;

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
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The Center's internal caseload report (R-STAT.3): procedures by month of receipt and current state, unsuppressed,
 * for staff only and never published. Rendered as PDF with embedded fonts, labels in the reader's language.
 */
public final class CaseloadReport {

    private static final Layout LAYOUT = new Layout("caseload.jrxml");

    private CaseloadReport() {}

    /**
     * @param rows   the figures, in the order they are to be printed
     * @param zone   the zone in which the generation time is printed (Geneva, R-3.1)
     */
    public static byte[] pdf(List<CaseloadRow> rows, Locale locale, Instant generatedAt, ZoneId zone) {
        ResourceBundle labels = Layout.labels(locale);
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("yyyy-MM", locale);
        List<Map<String, ?>> data = rows.stream()
                .<Map<String, ?>>map(r -> Map.of(
                        "month", monthFormat.format(r.month()),
                        "state", labels.getString("state." + r.state()),
                        "procedures", r.procedures()))
                .toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        parameters.put(
                "GENERATED_AT",
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(generatedAt.atZone(zone)));
        parameters.put("TOTAL", rows.stream().mapToLong(CaseloadRow::procedures).sum());
        JasperPrint print = LAYOUT.fill(parameters, new JRMapCollectionDataSource(data));
        return Layout.toPdf(print);
    }
}
