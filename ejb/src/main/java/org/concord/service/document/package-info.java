/**
 * Documents (R-C2): intake with detected media types and limits, and the shape of a download. A context below the
 * others: it knows no Procedure or mediation (their downloads within the circle of live with them).
 */
package org.concord.service.document;
