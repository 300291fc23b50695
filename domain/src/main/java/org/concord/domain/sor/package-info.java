/** Statements of Reasons in the DSA Transparency Database form (R-SOR.1–R-SOR.5). */
package org.concord.domain.sor;
