/** The DCTI Procedure aggregate: Request, participants, states (Articles 2, 4–16 of the DCTI Rules). */
package org.concord.domain.procedure;
