package org.concord.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

/**
 * A JasperReports layout kept as JRXML beside this class, compiled once on first use and then shared (a compiled
 * report is immutable and thread-safe to fill).
 */
final class Layout {

    private final String resource;
    private volatile JasperReport compiled;

    Layout(String resource) {
        this.resource = resource;
    }

    static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle("org.concord.reports.labels", locale);
    }

    JasperPrint fill(Map<String, Object> parameters, JRDataSource data) {
        try {
            return JasperFillManager.fillReport(compiled(), parameters, data);
        } catch (JRException e) {
            throw new ReportFailure("Could not fill " + resource, e);
        }
    }

    static byte[] toPdf(JasperPrint print) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JasperExportManager.exportReportToPdfStream(print, out);
            return out.toByteArray();
        } catch (JRException e) {
            throw new ReportFailure("Could not export " + print.getName() + " as PDF", e);
        }
    }

    private JasperReport compiled() {
        JasperReport result = compiled;
        if (result == null) {
            synchronized (this) {
                result = compiled;
                if (result == null) {
                    try (InputStream in = Layout.class.getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new ReportFailure("Layout missing: " + resource, null);
                        }
                        result = JasperCompileManager.compileReport(in);
                        compiled = result;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (JRException e) {
                        throw new ReportFailure("Could not compile " + resource, e);
                    }
                }
            }
        }
        return result;
    }
}
