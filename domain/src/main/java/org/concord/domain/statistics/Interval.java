package org.concord.domain.statistics;

/** The integers an attacker cannot rule out for a target: [lower, upper], upper unbounded as {@link Long#MAX_VALUE}. */
public record Interval(long lower, long upper) {

    public static final long UNBOUNDED = Long.MAX_VALUE;

    public boolean exact() {
        return lower == upper;
    }

    @Override
    public String toString() {
        return "[" + lower + ", " + (upper == UNBOUNDED ? "∞)" : upper + "]");
    }
}
