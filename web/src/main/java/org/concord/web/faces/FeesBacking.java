package org.concord.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.service.Links;
import org.concord.service.fee.FeeService;
import org.concord.service.fee.FeeStatement;
import org.concord.service.fee.NoteForm;
import org.concord.service.fee.PaymentForm;

/**
 * A Procedure's fee statement (Article 17): a Party sees its own fees and invoice, staff see all, record payments and
 * decide the refund proposals. Outside the circle: the same 404 page as for a wrong id.
 */
@Named
@ViewScoped
@ShowsRefusals
public class FeesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeeService fees;

    private String id;
    private FeeStatement statement;
    private String paymentFee;
    private PaymentForm payment = new PaymentForm();
    private final Map<UUID, String> declineReasons = new HashMap<>();

    public void load() throws IOException {
        try {
            statement = fees.statement(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException hidden) {
            ErrorPages.send(404);
        } catch (EJBAccessException notForThisRole) {
            ErrorPages.send(403);
        }
    }

    public String recordPayment() {
        fees.recordPayment(statement.procedureId(), UUID.fromString(paymentFee), payment);
        Messages.info("fees.paymentRecorded");
        return reload();
    }

    /** Staff confirm a refund proposal; the page asks first: it cannot be undone. */
    public String confirm(UUID proposalId) {
        fees.confirm(statement.procedureId(), proposalId);
        Messages.info("fees.proposalConfirmed");
        return reload();
    }

    public String decline(UUID proposalId) {
        String why = declineReasons.get(proposalId);
        if (why == null || why.isBlank()) {
            Messages.error(null, "fees.declineReasonRequired");
            return null;
        }
        NoteForm reason = new NoteForm();
        reason.setNote(why);
        fees.decline(statement.procedureId(), proposalId, reason);
        Messages.info("fees.proposalDeclined");
        return reload();
    }

    /** Issue 24, post/redirect/get: a successful action ends on the page's own address, its message carried over. */
    private String reload() {
        return Links.redirect(Links.fees(statement.procedureId()));
    }

    /** The Parties whose invoices the caller may download: its own, or both for staff. */
    public List<ParticipantRole> getPayers() {
        return statement.fees().stream()
                .map(FeeStatement.FeeView::payer)
                .distinct()
                .toList();
    }

    /** {@code payer}'s invoice (number, dates, VAT line); {@code null} until issued. */
    public FeeStatement.InvoiceView invoice(ParticipantRole payer) {
        return statement.invoices().stream()
                .filter(i -> i.payer() == payer)
                .findFirst()
                .orElse(null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public FeeStatement getStatement() {
        return statement;
    }

    public String getPaymentFee() {
        return paymentFee;
    }

    public void setPaymentFee(String paymentFee) {
        this.paymentFee = paymentFee;
    }

    public PaymentForm getPayment() {
        return payment;
    }

    /** Per proposal, why staff decline it. */
    public Map<UUID, String> getDeclineReasons() {
        return declineReasons;
    }
}
