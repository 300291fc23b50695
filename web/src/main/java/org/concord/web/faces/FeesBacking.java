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

    public void recordPayment() {
        fees.recordPayment(statement.procedureId(), UUID.fromString(paymentFee), payment);
        payment = new PaymentForm();
        reload();
        Messages.info("fees.paymentRecorded");
    }

    public void confirm(UUID proposalId) {
        statement = fees.confirm(statement.procedureId(), proposalId);
        Messages.info("fees.proposalConfirmed");
    }

    public void decline(UUID proposalId) {
        String why = declineReasons.get(proposalId);
        if (why == null || why.isBlank()) {
            Messages.error(null, "fees.declineReasonRequired");
            return;
        }
        NoteForm reason = new NoteForm();
        reason.setNote(why);
        statement = fees.decline(statement.procedureId(), proposalId, reason);
        declineReasons.clear();
        Messages.info("fees.proposalDeclined");
    }

    private void reload() {
        statement = fees.statement(statement.procedureId());
    }

    /** The Parties whose invoices the caller may download: its own, or both for staff. */
    public List<ParticipantRole> getPayers() {
        return statement.fees().stream()
                .map(FeeStatement.FeeView::payer)
                .distinct()
                .toList();
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
