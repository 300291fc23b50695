package org.concord.service.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.concord.domain.account.Role;

/**
 * R-ACC.6: one's own account as its holder sees and corrects it, with the sessions still valid (each sign-in through
 * the form since the account last ended its sessions). {@code timeZone}: the region the holder also reads times in
 * (issue 24), {@code null} for Geneva's only.
 */
public record ProfileView(
        String email,
        String displayName,
        String language,
        String domicile,
        String timeZone,
        Set<Role> roles,
        Instant createdAt,
        List<SessionView> sessions)
        implements Serializable {

    /** A sign-in whose session may still go on. */
    public record SessionView(Instant startedAt, String userAgent) implements Serializable {}
}
