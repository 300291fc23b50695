package org.concord.domain.statistics;

/**
 * The audit of one target (statistics.md, step 5): what an outsider can infer, and the most an insider (a Requesting
 * Party using its own Procedures) can. Evidence for staff only: it holds true values.
 *
 * @param target        which table, cell and slice
 * @param value         its true value
 * @param outsider      the outsider's interval
 * @param insiderUpper  the smallest upper bound any insider reaches for the other parties' Procedures in it
 * @param passed        whether the target is protected: an upper bound of at least k, for outsiders and insiders
 */
public record TargetCheck(String target, long value, Interval outsider, long insiderUpper, boolean passed) {}
