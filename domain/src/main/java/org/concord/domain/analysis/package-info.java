/**
 * R-M5, the case-analysis tool: a short questionnaire about a dispute and the rules, kept as data the Center edits,
 * that turn its answers into a recommended process with the reasons, each quoted from its source text.
 */
package org.concord.domain.analysis;
