/** Statements of Reasons imported to start Requests (R-SOR.1–R-SOR.4). */
package org.concord.service.sor;
