/** DCTI Procedure use cases (Articles 2, 4–16). */
package org.concord.service.procedure;
