package org.concord.reports;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
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
 * A Party's invoice for the fees of one Procedure (Article 17): each fee with its ISO 11649 payment reference and
 * what is still outstanding, and the Center's bank details. PDF with embedded fonts, in the Party's language.
 */
public final class Invoice {

    private static final Layout LAYOUT = new Layout("invoice.jrxml");

    /** The Center's account the fees are paid to. */
    public record BankDetails(String centerName, String centerAddress, String accountHolder, String iban, String bic) {}

    /**
     * What identifies the invoice and what it asks (issue 24): its number, the dates of issue and due, and the VAT line
     * (a rate of zero: "VAT not applicable"; above zero: the VAT the total includes), with the Center's optional note
     * on VAT and VAT number.
     */
    public record Header(
            String number,
            LocalDate issuedOn,
            LocalDate dueOn,
            BigDecimal vatRatePercent,
            BigDecimal vatIncluded,
            String vatNote,
            String vatNumber) {}

    private Invoice() {}

    public static byte[] pdf(
            BankDetails bank,
            Header header,
            String payerName,
            String procedureReference,
            List<InvoiceLine> lines,
            Locale locale) {
        ResourceBundle labels = Layout.labels(locale);
        List<Map<String, ?>> data = lines.stream()
                .<Map<String, ?>>map(l -> Map.of(
                        "fee", labels.getString("fee." + l.kind()),
                        "reference", l.paymentReference().replaceAll("(.{4})(?!$)", "$1 "),
                        "amount", l.amount(),
                        "outstanding", l.outstanding(),
                        "currency", l.currency()))
                .toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
        parameters.put("CENTER_NAME", bank.centerName());
        parameters.put("CENTER_ADDRESS", bank.centerAddress());
        parameters.put("ACCOUNT_HOLDER", bank.accountHolder());
        parameters.put("IBAN", bank.iban().replaceAll("(.{4})(?!$)", "$1 "));
        parameters.put("BIC", bank.bic());
        parameters.put("PAYER", payerName);
        parameters.put("PROCEDURE", procedureReference);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        parameters.put("NUMBER", header.number());
        parameters.put("ISSUED_ON", dates.format(header.issuedOn()));
        parameters.put("DUE_ON", dates.format(header.dueOn()));
        parameters.put(
                "VAT_LINE",
                vatLine(header, lines.isEmpty() ? "EUR" : lines.get(0).currency(), labels, locale));
        parameters.put(
                "TOTAL_OUTSTANDING",
                lines.stream().map(InvoiceLine::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add));
        parameters.put("CURRENCY", lines.isEmpty() ? "EUR" : lines.get(0).currency());
        JasperPrint print = LAYOUT.fill(parameters, new JRMapCollectionDataSource(data));
        return Layout.toPdf(print);
    }

    /**
     * "VAT not applicable." or "The fees include VAT at 8.1 %: 81.00 EUR.", then the Center's note and VAT number where
     * configured.
     */
    private static String vatLine(Header header, String currency, ResourceBundle labels, Locale locale) {
        StringBuilder line = new StringBuilder();
        if (header.vatRatePercent().signum() > 0) {
            NumberFormat rate = NumberFormat.getNumberInstance(locale);
            rate.setMaximumFractionDigits(2);
            NumberFormat amount = NumberFormat.getNumberInstance(locale);
            amount.setMinimumFractionDigits(2);
            amount.setMaximumFractionDigits(2);
            line.append(new MessageFormat(labels.getString("invoice.vatIncluded"), locale).format(new Object[] {
                rate.format(header.vatRatePercent()), amount.format(header.vatIncluded()), currency
            }));
        } else {
            line.append(labels.getString("invoice.vatNotApplicable"));
        }
        if (header.vatNote() != null && !header.vatNote().isBlank()) {
            line.append(' ').append(header.vatNote().strip());
        }
        if (header.vatNumber() != null && !header.vatNumber().isBlank()) {
            line.append(' ')
                    .append(labels.getString("invoice.vatNumber"))
                    .append(' ')
                    .append(header.vatNumber().strip());
        }
        return line.toString();
    }
}
