package org.concord.service.fee;

import java.io.Serializable;
import java.util.List;
import org.concord.domain.fee.BankCredit;

/**
 * What an import did, per statement: how many credits were matched and applied, and which went to review. A statement
 * imported before is reported as such and changes nothing.
 */
public record ImportReport(List<StatementReport> statements) implements Serializable {

    /** One statement of the document. */
    public record StatementReport(
            String iban,
            String statementId,
            boolean alreadyImported,
            int matched,
            int toReview,
            List<CreditView> credits)
            implements Serializable {}

    public int matched() {
        return statements.stream().mapToInt(StatementReport::matched).sum();
    }

    public int toReview() {
        return statements.stream().mapToInt(StatementReport::toReview).sum();
    }

    static StatementReport reportOf(String iban, String id, List<BankCredit> credits) {
        int matched = (int) credits.stream()
                .filter(c -> c.outcome() == BankCredit.Outcome.MATCHED)
                .count();
        return new StatementReport(
                iban,
                id,
                false,
                matched,
                credits.size() - matched,
                credits.stream().map(CreditView::of).toList());
    }
}
