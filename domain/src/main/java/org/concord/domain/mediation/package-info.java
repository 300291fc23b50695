/**
 * Mediation (R-M1–R-M4): a party-controlled, confidential procedure in which a mediator from the Center's directory
 * of certified mediators helps the Parties to settle. The mediator never decides; the Parties settle by accepting a
 * settlement agreement, or either of them withdraws after the first meeting. What a Party tells the mediator in
 * caucus stays within its side until that Party releases it. After a mediation ends, each Party may give feedback,
 * which reaches the mediator's Feedback Digest only in batches of at least five mediations.
 */
package org.concord.domain.mediation;
