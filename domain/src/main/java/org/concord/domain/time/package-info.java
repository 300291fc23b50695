/** Time as the Rules count it (Article 3): UTC instants, Geneva dates. */
package org.concord.domain.time;
