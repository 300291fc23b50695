package org.concord.domain.mediation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;

/**
 * R-M1, the joint sessions of a mediation: the mediator schedules them and records those held; the first one held is
 * the first meeting, after which a Party may withdraw ({@link Mediation} records it). A collaborator of
 * {@link Mediation} over the collection mapped on it, built on each use, holding no state of its own.
 */
final class Sessions {

    private final Mediation mediation;
    private final List<MediationSession> sessions;

    Sessions(Mediation mediation, List<MediationSession> sessions) {
        this.mediation = mediation;
        this.sessions = sessions;
    }

    /** The mediator schedules a joint session: its start and a place or link. */
    MediationSession schedule(UserAccount mediator, Instant startsAt, String place) {
        requireMediator(mediator);
        mediation.requireState(MediationState.IN_PROGRESS, "R-M1");
        String where = place == null ? "" : place.strip();
        if (startsAt == null || where.isEmpty() || where.length() > 500) {
            throw new RuleViolation("R-M1", startsAt == null ? "/startsAt" : "/place", "rule.mediation.session");
        }
        MediationSession session = new MediationSession(startsAt, where);
        sessions.add(session);
        return session;
    }

    /** The mediator records that a session took place (once; recording it again changes nothing). */
    void held(UserAccount mediator, UUID sessionId, Instant at) {
        requireMediator(mediator);
        mediation.requireState(MediationState.IN_PROGRESS, "R-M1");
        MediationSession session = sessions.stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("R-M1", "/session", "rule.mediation.noSession"));
        if (session.heldAt().isEmpty()) {
            session.held(at);
        }
    }

    private void requireMediator(UserAccount account) {
        if (mediation.roleOf(account).orElse(null) != MediationRole.MEDIATOR) {
            throw new RuleViolation("R-M1", null, "rule.mediation.notMediator");
        }
    }
}
