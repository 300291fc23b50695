package org.concord.domain.fee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What happens to the fees when a Procedure ends: the system proposes, staff confirm. Each proposal
 * names its rule; where the Rules are silent and Concord reads them (no refund for a Resolution for the Responding
 * Party without bad faith), the proposal says it is a reading.
 */
public final class RefundPolicy {

    private static final BigDecimal ALL = BigDecimal.ONE;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private RefundPolicy() {}

    /** One proposed movement (or the decision that there is none) on one fee. */
    public record Move(FeeKind fee, Action action, BigDecimal amount, String ruleId, boolean reading) {}

    /** What to do with the money held of a fee. */
    public enum Action {
        REFUND,
        RETAIN,
        NO_REFUND
    }

    /**
     * The moves for a Procedure that ended with {@code conclusion}, given the balances of its fees (a fee not yet
     * assessed is absent).
     */
    public static List<Move> movesFor(Conclusion conclusion, Map<FeeKind, FeeBalance> balances) {
        List<Move> moves = new ArrayList<>();
        switch (conclusion) {
            case RESOLVED_FOR_REQUESTING_PARTY -> {
                boolean bothPaidInFull = balances.size() == FeeKind.values().length
                        && balances.values().stream().allMatch(FeeBalance::paidInFull);
                if (bothPaidInFull) {
                    refund(moves, balances, FeeKind.FILING, ALL, "R-17.3");
                } else {
                    moves.add(new Move(FeeKind.FILING, Action.NO_REFUND, Money.ZERO, "R-17.3", false));
                }
            }
            case RESOLVED_FOR_RESPONDING_PARTY_BAD_FAITH ->
                moves.add(new Move(FeeKind.FILING, Action.NO_REFUND, Money.ZERO, "R-17.3", false));
            case RESOLVED_FOR_RESPONDING_PARTY ->
                moves.add(new Move(FeeKind.FILING, Action.NO_REFUND, Money.ZERO, "R-17.3", true));
            case SETTLED_BEFORE_APPOINTMENT -> {
                refund(moves, balances, FeeKind.FILING, ALL, "R-17.3");
                refund(moves, balances, FeeKind.ADMINISTRATION, HALF, "R-17.3");
                refund(moves, balances, FeeKind.NEUTRAL, ALL, "R-17.3");
            }
            case OUT_OF_SCOPE_BEFORE_APPOINTMENT, OUT_OF_SCOPE_BY_NEUTRAL -> {
                FeeBalance filing = balances.get(FeeKind.FILING);
                if (filing != null && filing.refundable().signum() > 0) {
                    moves.add(new Move(
                            FeeKind.FILING,
                            Action.RETAIN,
                            filing.refundable(),
                            "R-17.4",
                            conclusion == Conclusion.OUT_OF_SCOPE_BY_NEUTRAL));
                }
            }
            // Reading: Article 17 grants no refund when the Procedure ends on another ground of Article 15.
            case TERMINATED_OTHERWISE ->
                moves.add(new Move(FeeKind.FILING, Action.NO_REFUND, Money.ZERO, "R-17", true));
        }
        return List.copyOf(moves);
    }

    /** A refund of a share of the fee, never more than the Center holds of it; nothing if nothing was paid. */
    private static void refund(
            List<Move> moves, Map<FeeKind, FeeBalance> balances, FeeKind kind, BigDecimal share, String ruleId) {
        FeeBalance balance = balances.get(kind);
        if (balance == null) {
            return;
        }
        BigDecimal amount = Money.share(balance.amount(), share).min(balance.refundable());
        if (amount.signum() > 0) {
            moves.add(new Move(kind, Action.REFUND, amount, ruleId, false));
        }
    }
}
