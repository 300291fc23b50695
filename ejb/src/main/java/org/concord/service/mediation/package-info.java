/**
 * Mediation use cases (R-M1–R-M5): requests, the Parties' choice of mediator from the directory, sessions, joint and
 * caucus messages, settlement agreements, withdrawal, feedback and the Feedback Digest; the public directory of
 * certified mediators; the case-analysis questionnaire and its rules.
 */
package org.concord.service.mediation;
