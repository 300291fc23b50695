/**
 * Representatives (R-ACC.3, issue 21): a Party authorises a representative, who accepts; the Party revokes. Above the
 * procedure and account contexts; nothing below depends on it.
 */
package org.concord.service.representation;
