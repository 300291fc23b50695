package org.concord.service.invitation;

import org.concord.domain.account.UserAccount;

/**
 * R-ACC.3, R-C3: a representative accepted its authorisation through an invitation's link. The representation service,
 * above this package, observes it and plans the representative's reminders as when it accepts on its own page.
 */
public record RepresentationAccepted(UserAccount representative) {}
