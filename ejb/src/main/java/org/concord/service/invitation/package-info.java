/**
 * Invitations (R-ACC.1, issue 21): staff invite Neutrals, administrators invite staff, an organisation's managers
 * invite members, a mediation request and an authorisation of a representative carry an invitation; the holder of the
 * link accepts, signed in with the invited address, or creates the account bound to it. Below {@code organisation},
 * {@code mediation} and {@code representation} (they issue invitations here); it asks only {@code account} and
 * {@code mail}, and reaches organisations and authorisations through the domain.
 */
package org.concord.service.invitation;
