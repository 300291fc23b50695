package org.concord.service.fee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.concord.domain.fee.Fee;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.service.Links;
import org.concord.service.mail.MailOutbox;
import org.concord.service.procedure.FeeStanding;

/**
 * What follows a payment, however it was recorded (by hand or from a bank statement): once the payer's fees are all
 * paid in full, its held filings are released and the payer is told. Joins the caller's transaction.
 */
@ApplicationScoped
public class FeePayments implements FeeStanding {

    @Inject
    private Fees fees;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private Clock clock;

    /** whether {@code payer} has paid every fee it owes in the Procedure. */
    @Override
    public boolean paidInFull(Procedure procedure, ParticipantRole payer) {
        return fees.ofProcedure(procedure.id()).stream()
                .filter(f -> f.payer() == payer)
                .allMatch(f -> f.balance().paidInFull());
    }

    public void recorded(Fee fee) {
        Procedure procedure = fee.procedure();
        if (paidInFull(procedure, fee.payer())
                && !procedure.releaseHeldFilings(fee.payer(), clock.instant()).isEmpty()) {
            procedure
                    .circle()
                    .accountsOf(fee.payer())
                    .forEach(party -> mailOutbox.enqueue(
                            party, "mail.filingReleased", procedure.reference().value(), Links.fees(procedure.id())));
            // R-C1: what was held is now before the other Party and the Neutral; each is told, no content.
            procedure.circle().accountsExcept(fee.payer()).stream()
                    .forEach(other -> mailOutbox.enqueue(
                            other,
                            "mail.filingReceived",
                            procedure.reference().value(),
                            Links.procedure(procedure.id())));
        }
    }
}
