/**
 * Retention (R-OPS.3): the configured periods, the erasure job that claims each data class's due items across
 * instances and erases or pseudonymises them (keeping the statistics' anonymous facts and every audit chain's hashes),
 * the legal hold staff place on a Procedure or a mediation, and the administrators' view of what is due and what was
 * erased.
 */
package org.concord.service.retention;
