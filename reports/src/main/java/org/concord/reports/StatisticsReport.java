package org.concord.reports;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A published statistics release (R-STAT.1, R-STAT.2) as PDF and CSV. Both are filled only from the printed cells the
 * gate released: the CSV is language-neutral (codes) and byte-identical on every run; the PDF prints labels in the
 * reader's language with DejaVu fonts embedded, a bar chart of the first table's published rows (bars only, no
 * numbers: every number in the PDF is a cell of the tables), and the Center's own text for the annual report.
 */
public final class StatisticsReport {

    private static final Layout LAYOUT = new Layout("statistics.jrxml");
    private static final int MAX_COLUMNS = 10;
    /** The annual report's average time to resolve: one row, one cell, in days (R-STAT.2). */
    public static final String AVERAGE = "AVERAGE";
    /** R-PLAT.5: the annual report's median time to resolve, a one-cell table like the average. */
    public static final String MEDIAN = "MEDIAN";

    private static final String[] CSV_HEADER = {
        "table", "period", "data_cutoff", "rows", "row", "columns", "column", "value"
    };

    private StatisticsReport() {}

    /**
     * @param title     the release's title, as the Center wrote it
     * @param annual    whether this is the annual report to the Digital Services Coordinator (R-STAT.2)
     * @param freeText  the Center's own section (shortcomings and difficulties), or {@code null}
     */
    public static byte[] pdf(
            String title,
            boolean annual,
            LocalDate releasedOn,
            List<StatisticsTable> tables,
            String freeText,
            Locale locale) {
        ResourceBundle labels = Layout.labels(locale);
        List<Map<String, ?>> data = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            StatisticsTable table = tables.get(t);
            if (table.columns().size() > MAX_COLUMNS) {
                throw new ReportFailure("At most " + MAX_COLUMNS + " columns: " + table.code(), null);
            }
            for (StatisticsTable.Row row : table.rows()) {
                Map<String, Object> record = new HashMap<>();
                record.put("table", t);
                record.put("tableTitle", tableTitle(table, labels, locale));
                record.put("rowsLabel", dimension(table.rowsDimension(), labels));
                record.put("label", category(table.rowsDimension(), row.category(), labels, locale));
                record.put("total", StatisticsTable.TOTAL.equals(row.category()));
                for (int c = 0; c < MAX_COLUMNS; c++) {
                    boolean present = c < table.columns().size();
                    record.put("h" + c, present ? columnLabel(table, c, labels, locale) : "");
                    record.put("c" + c, present ? row.printed().get(c) : "");
                }
                data.add(record);
            }
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        parameters.put("TITLE", title);
        parameters.put(
                "SUBTITLE",
                labels.getString(annual ? "statistics.annual" : "statistics.public") + " · "
                        + labels.getString("statistics.released") + " "
                        + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale)
                                .format(releasedOn));
        parameters.put("FREE_TEXT", freeText == null || freeText.isBlank() ? null : freeText);
        parameters.put("CHART", tables.isEmpty() ? null : chart(tables.get(0), labels, locale));
        return Layout.toPdf(LAYOUT.fill(parameters, new JRMapCollectionDataSource(data)));
    }

    /** One line per cell, codes only, in print order: what an outsider's program reads (R-STAT.1). */
    public static byte[] csv(List<StatisticsTable> tables) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (StatisticsTable table : tables) {
                for (StatisticsTable.Row row : table.rows()) {
                    for (int c = 0; c < table.columns().size(); c++) {
                        printer.printRecord(
                                table.code(),
                                table.period(),
                                table.cutoff(),
                                table.rowsDimension(),
                                row.category(),
                                table.columnsDimension() == null ? "" : table.columnsDimension(),
                                table.columns().get(c),
                                row.printed().get(c));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String tableTitle(StatisticsTable table, ResourceBundle labels, Locale locale) {
        String dimensions = dimension(table.rowsDimension(), labels)
                + (table.columnsDimension() == null ? "" : " × " + dimension(table.columnsDimension(), labels));
        return dimensions + " · " + table.period() + " · " + labels.getString("statistics.cutoff") + " "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(LocalDate.parse(table.cutoff()));
    }

    private static String columnLabel(StatisticsTable table, int column, ResourceBundle labels, Locale locale) {
        if (table.columnsDimension() == null) {
            return labels.getString(
                    AVERAGE.equals(table.rowsDimension()) || MEDIAN.equals(table.rowsDimension())
                            ? "statistics.days"
                            : "statistics.procedures");
        }
        return category(table.columnsDimension(), table.columns().get(column), labels, locale);
    }

    private static String dimension(String dimension, ResourceBundle labels) {
        return labels.getString("statistics.dimension." + dimension);
    }

    /** A category's label: countries and languages by their names in the reader's language, others from the bundle. */
    static String category(String dimension, String code, ResourceBundle labels, Locale locale) {
        if (StatisticsTable.TOTAL.equals(code)) {
            return labels.getString("statistics.total");
        }
        switch (dimension) {
            case "COUNTRY":
                String country = new Locale("", code).getDisplayCountry(locale);
                return country.isBlank() || country.equals(code) ? code : country;
            case "LANGUAGE":
                String language = Locale.forLanguageTag(code).getDisplayLanguage(locale);
                return language.isBlank() ? code : language;
            default:
                try {
                    return labels.getString("statistics." + dimension + "." + code);
                } catch (MissingResourceException e) {
                    return code;
                }
        }
    }

    /** Bars for the first table's published rows; suppressed rows and totals are left out, and no value is written. */
    private static BufferedImage chart(StatisticsTable table, ResourceBundle labels, Locale locale) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int total = table.columns().size() - 1;
        for (StatisticsTable.Row row : table.rows()) {
            String printed = row.printed().get(total);
            if (!StatisticsTable.TOTAL.equals(row.category()) && printed.chars().allMatch(Character::isDigit)) {
                dataset.addValue(
                        Long.parseLong(printed),
                        labels.getString("statistics.procedures"),
                        category(table.rowsDimension(), row.category(), labels, locale));
            }
        }
        if (dataset.getColumnCount() == 0) {
            return null;
        }
        JFreeChart chart =
                ChartFactory.createBarChart(null, null, null, dataset, PlotOrientation.HORIZONTAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.getRangeAxis().setTickLabelsVisible(false);
        plot.getRangeAxis().setTickMarksVisible(false);
        ((BarRenderer) plot.getRenderer()).setSeriesPaint(0, new Color(0x1F, 0x4E, 0x79));
        ((BarRenderer) plot.getRenderer()).setShadowVisible(false);
        return chart.createBufferedImage(1030, Math.max(160, 40 + 26 * dataset.getColumnCount()));
    }
}
