/**
 * Statements of Reasons imported to start Requests (R-SOR.1–R-SOR.4). Below the procedure context: the earlier
 * Procedure about the same decision (R-SOR.4) is read with the domain's query, not through the procedure context.
 */
package org.concord.service.sor;
