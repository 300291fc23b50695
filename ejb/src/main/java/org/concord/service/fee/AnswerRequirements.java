package org.concord.service.fee;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.concord.domain.fee.FeeKind;

/**
 * R-PLAT.1, R-7, R-17.2: what filing the Answer asks of the Responding Party, told before it files (on the Procedure
 * page and at {@code GET /api/v1/procedures/{id}/answer/requirements}).
 *
 * @param answerDue the last day of the Answer period (a Geneva date, R-3.1); absent before commencement
 * @param mayFileNow whether the caller may file the Answer now (R-7: the Responding Party, commenced, not yet answered)
 * @param answered whether the Answer is filed
 * @param wordLimit R-7: the Answer's reply counts at most this many words
 * @param annexLimit how many documents item (iv) may attach
 * @param fees the Responding Party's fees under the schedule in force on the date of receipt (17(a)); before
 *     commencement they are not yet assessed and carry no payment reference
 * @param outstanding what of them is still to be paid
 * @param heldUntilPaid: an Answer filed while {@code outstanding} is not zero is held until it is paid
 * @param payTo where to pay, quoting each fee's payment reference
 */
public record AnswerRequirements(
        UUID procedureId,
        String reference,
        LocalDate answerDue,
        boolean mayFileNow,
        boolean answered,
        int wordLimit,
        int annexLimit,
        String currency,
        List<FeeDue> fees,
        BigDecimal outstanding,
        boolean heldUntilPaid,
        PayTo payTo)
        implements Serializable {

    public AnswerRequirements {
        fees = List.copyOf(fees);
    }

    /** One fee filing the Answer makes due; {@code paymentReference} is absent until the fee is assessed. */
    public record FeeDue(FeeKind kind, BigDecimal amount, BigDecimal outstanding, String paymentReference)
            implements Serializable {}
}
