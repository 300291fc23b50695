/**
 * Retention (R-OPS.3, GDPR Art. 5(1)(e) storage limitation): the data classes Concord keeps personal data in, the
 * configured period of each, what is due for erasure now, and the legal hold that suspends it.
 */
package org.concord.domain.retention;
