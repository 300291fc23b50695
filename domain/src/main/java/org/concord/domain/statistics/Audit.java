package org.concord.domain.statistics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Step 5 of statistics.md: what an attacker can infer about a target from everything published. The unknowns are the
 * strata (non-negative), each published cell is an equation, and linear programming (ojAlgo's simplex) gives the
 * smallest and largest value of the target, rounded inward to integers. An insider adds its own Procedures as lower
 * bounds of its strata.
 */
final class Audit {

    static final String SOLVER = "ojAlgo 57.1 linear programming (simplex), bounds rounded inward";

    private static final double TOLERANCE = 1e-6;

    private final int strata;
    private final List<int[]> equations = new ArrayList<>();
    private final List<Long> values = new ArrayList<>();
    private final BitSet constrained = new BitSet();

    Audit(int strata) {
        this.strata = strata;
    }

    /** A published figure: the sum of these strata is known to be {@code value}. */
    void know(int[] members, long value) {
        equations.add(members);
        values.add(value);
        for (int member : members) {
            constrained.set(member);
        }
    }

    /** The largest value of the target for an attacker who knows {@code own} Procedures in some strata. */
    long insiderUpper(int[] target, Map<Integer, Long> own) {
        return bounds(target, own, false).interval.upper();
    }

    /**
     * The outsider's bounds (the lower one only when {@code lowerToo}) with a solution reaching the upper one, to skip
     * insiders that cannot do better.
     */
    Solved solve(int[] target, boolean lowerToo) {
        return bounds(target, Map.of(), lowerToo);
    }

    record Solved(Interval interval, double[] atUpper) {}

    private Solved bounds(int[] target, Map<Integer, Long> own, boolean lowerToo) {
        for (int member : target) {
            if (!constrained.get(member)) {
                return new Solved(new Interval(0, Interval.UNBOUNDED), null);
            }
        }
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[strata];
        for (int i = constrained.nextSetBit(0); i >= 0; i = constrained.nextSetBit(i + 1)) {
            x[i] = model.newVariable("s" + i).lower(own.getOrDefault(i, 0L));
        }
        for (int e = 0; e < equations.size(); e++) {
            Expression equation = model.newExpression("c" + e).level(values.get(e));
            for (int member : equations.get(e)) {
                equation.set(x[member], 1L);
            }
        }
        Expression objective = model.newExpression("target").weight(1L);
        for (int member : target) {
            objective.set(x[member], 1L);
        }
        Optimisation.Result max = model.maximise();
        if (max.getState() == Optimisation.State.UNBOUNDED) {
            return new Solved(new Interval(lowerToo ? minimum(model) : 0, Interval.UNBOUNDED), null);
        }
        requireFeasible(max);
        long upper = (long) Math.floor(max.getValue() + TOLERANCE);
        double[] atUpper = new double[strata];
        int column = 0;
        for (int i = constrained.nextSetBit(0); i >= 0; i = constrained.nextSetBit(i + 1)) {
            atUpper[i] = max.doubleValue(column++);
        }
        long lower = lowerToo ? minimum(model) : 0;
        return new Solved(new Interval(lower, upper), atUpper);
    }

    private static long minimum(ExpressionsBasedModel model) {
        Optimisation.Result min = model.minimise();
        requireFeasible(min);
        return (long) Math.ceil(min.getValue() - TOLERANCE);
    }

    private static void requireFeasible(Optimisation.Result result) {
        if (!result.getState().isFeasible()) {
            throw new InconsistentLedger("The published figures admit no solution (" + result.getState() + ")");
        }
    }

    /** The ledger contradicts the facts (data corrected after publication): the gate refuses (fail closed). */
    static final class InconsistentLedger extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InconsistentLedger(String message) {
            super(message);
        }
    }
}
