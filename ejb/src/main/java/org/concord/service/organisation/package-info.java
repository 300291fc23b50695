/**
 * Organisations and their members (R-ACC.2): staff create them and name the first manager, managers add and remove
 * members. Below {@code procedure}: the procedure context asks it which organisation an account acts for; it asks
 * nothing of procedures.
 */
package org.concord.service.organisation;
