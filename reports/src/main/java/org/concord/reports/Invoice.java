package org.concord.reports;

import java.math.BigDecimal;
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

    private Invoice() {}

    public static byte[] pdf(
            BankDetails bank,
            String payerName,
            String procedureReference,
            List<InvoiceLine> lines,
            Locale locale,
            LocalDate issuedOn) {
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
        parameters.put(
                "ISSUED_ON",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(issuedOn));
        parameters.put(
                "TOTAL_OUTSTANDING",
                lines.stream().map(InvoiceLine::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add));
        parameters.put("CURRENCY", lines.isEmpty() ? "EUR" : lines.get(0).currency());
        JasperPrint print = LAYOUT.fill(parameters, new JRMapCollectionDataSource(data));
        return Layout.toPdf(print);
    }
}
