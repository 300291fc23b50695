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
import org.concord.service.fee.BankStatementImportView;
import org.concord.service.fee.CreditView;
import org.concord.service.fee.MalformedStatement;
import org.concord.service.fee.NoteForm;
import org.concord.service.fee.PaymentImportService;

/**
 * The console page of bank payments: staff upload a camt.053 statement, which is imported in the background
 * with its own page of progress and result (issue 24, {@link BankStatementImportBacking}), and work through the credits waiting for review: apply one to a fee (by its RF reference) or dismiss it with a note.
 */
@Named
@ViewScoped
@ShowsRefusals
public class PaymentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaymentImportService imports;

    private transient Part statement;
    private List<CreditView> review;
    private final Map<UUID, String> references = new HashMap<>();
    private final Map<UUID, BigDecimal> amounts = new HashMap<>();
    private final Map<UUID, String> notes = new HashMap<>();

    /**
     * Issue 24: checks the statement at once (a bad one is refused here, at the file, with its line and element or
     * its rule) and queues it; then post/redirect/get to the import's own page, which shows its progress and result.
     */
    public String importStatement() {
        if (statement == null || statement.getSize() == 0) {
            Messages.error("upload:statement", "payments.fileRequired");
            return null;
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
                return null;
            }
            BankStatementImportView queued = imports.queueStatement(camt053);
            return "/console/payments-import?faces-redirect=true&id=" + queued.id();
        } catch (MalformedStatement malformed) {
            // The reader's own sentence ends with its period; the message's closes it (no "..").
            String detail = Messages.text(
                            malformed.messageKey(), malformed.arguments().toArray())
                    .replaceAll("\\.\\s*$", "");
            if (malformed.element() == null) {
                Messages.error(
                        "upload:statement", "payments.malformedXml", malformed.line(), malformed.column(), detail);
            } else {
                Messages.error(
                        "upload:statement",
                        "payments.malformed",
                        malformed.line(),
                        malformed.column(),
                        malformed.element(),
                        detail);
            }
        } catch (Uploads.Unreadable unreadable) {
            Messages.error("upload:statement", "payments.fileRequired");
        }
        return null;
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
