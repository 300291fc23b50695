package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.service.fee.ApplyForm;
import org.concord.service.fee.CreditView;
import org.concord.service.fee.ImportReport;
import org.concord.service.fee.MalformedStatement;
import org.concord.service.fee.NoteForm;
import org.concord.service.fee.PaymentImportService;

/**
 * The console page of bank payments: staff upload a camt.053 statement, see what was matched, and work
 * through the credits waiting for review: apply one to a fee (by its RF reference) or dismiss it with a note.
 */
@Named
@ViewScoped
@ShowsRefusals
public class PaymentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaymentImportService imports;

    private transient Part statement;
    private ImportReport report;
    private List<CreditView> review;
    private final Map<UUID, String> references = new HashMap<>();
    private final Map<UUID, BigDecimal> amounts = new HashMap<>();
    private final Map<UUID, String> notes = new HashMap<>();

    public void importStatement() {
        if (statement == null || statement.getSize() == 0) {
            Messages.error("upload:statement", "payments.fileRequired");
            return;
        }
        try {
            // R-SEC.5: never more than the limit in memory, whatever size the upload claims.
            byte[] camt053 = statement.getSize() > PaymentImportService.MAX_STATEMENT_BYTES
                    ? null
                    : Uploads.bytes(statement, PaymentImportService.MAX_STATEMENT_BYTES);
            if (camt053 == null) {
                Messages.error(
                        "upload:statement",
                        "rule.import.tooLarge",
                        PaymentImportService.MAX_STATEMENT_BYTES / (1024 * 1024));
                return;
            }
            report = imports.importStatement(camt053);
            review = null;
            Messages.info("payments.imported", report.matched(), report.toReview());
        } catch (MalformedStatement malformed) {
            Messages.error(
                    "upload:statement",
                    "payments.malformed",
                    malformed.line(),
                    malformed.column(),
                    String.valueOf(malformed.element()),
                    Messages.text(malformed.messageKey(), malformed.arguments().toArray()));
        } catch (Uploads.Unreadable unreadable) {
            Messages.error("upload:statement", "payments.fileRequired");
        }
    }

    public void apply(CreditView credit) {
        ApplyForm form = new ApplyForm();
        form.setPaymentReference(references.get(credit.id()));
        form.setAmount(amounts.get(credit.id()));
        form.setNote(notes.get(credit.id()));
        imports.apply(credit.id(), form);
        review = null;
        Messages.info("payments.applied");
    }

    public void dismiss(CreditView credit) {
        String note = notes.get(credit.id());
        if (note == null || note.isBlank()) {
            Messages.error(null, "payments.noteRequired");
            return;
        }
        NoteForm form = new NoteForm();
        form.setNote(note);
        imports.dismiss(credit.id(), form);
        review = null;
        Messages.info("payments.dismissed");
    }

    public List<CreditView> getReview() {
        if (review == null) {
            review = imports.reviewList();
        }
        return review;
    }

    public Part getStatement() {
        return statement;
    }

    public void setStatement(Part statement) {
        this.statement = statement;
    }

    public ImportReport getReport() {
        return report;
    }

    public Map<UUID, String> getReferences() {
        return references;
    }

    public Map<UUID, BigDecimal> getAmounts() {
        return amounts;
    }

    public Map<UUID, String> getNotes() {
        return notes;
    }
}
