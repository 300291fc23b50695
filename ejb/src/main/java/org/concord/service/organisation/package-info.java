/**
 * Organisations and their members (R-ACC.2): staff create them and invite the first manager, managers invite and
 * remove members (invitations: {@code service.invitation}, below this context). Below {@code procedure}: the
 * procedure context asks it which organisation an account acts for; it asks nothing of procedures.
 */
package org.concord.service.organisation;
