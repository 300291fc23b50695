package org.concord.service.mediation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.concord.domain.mediation.MediationMessage;
import org.concord.domain.mediation.MediationRole;
import org.concord.domain.mediation.MediationState;
import org.concord.domain.mediation.Side;
import org.concord.service.audit.AuditSubject;

/**
 * A mediation as one member of its circle sees it (R-M2): a Party or representative sees its own side's caucus and its
 * own ranked list, never the other side's; the Center sees no caucus that was not released. What the viewer may do
 * now is said by the {@code may…} flags.
 */
public record MediationView(
        UUID id,
        String reference,
        MediationState state,
        String summary,
        String language,
        UUID procedureId,
        MediationRole yourRole,
        Side yourSide,
        Instant requestedAt,
        Instant agreedAt,
        String invitedMediator,
        String mediator,
        Instant mandateAcceptedAt,
        Instant firstMeetingAt,
        Instant endedAt,
        String endedBy,
        String endReason,
        List<ParticipantView> participants,
        List<String> yourRanking,
        List<SessionView> sessions,
        List<MessageView> messages,
        List<AgreementView> agreements,
        boolean mayAnswerRequest,
        boolean mayRank,
        boolean mayAnswerMandate,
        boolean mayConduct,
        boolean mayWithdraw,
        boolean mayClose,
        boolean mayGiveFeedback,
        boolean mayAuthoriseRepresentatives)
        implements AuditSubject.Carrier, Serializable {

    /** a new mediation's trail starts with its request. */
    @Override
    public UUID auditSubject() {
        return id;
    }

    /** A member of the circle. */
    public record ParticipantView(String email, MediationRole role, Side side) implements Serializable {}

    /** A joint session. */
    public record SessionView(UUID id, Instant startsAt, String place, Instant heldAt) implements Serializable {}

    /** A message, with whether the viewer may release it to the circle. */
    public record MessageView(
            UUID id,
            MediationMessage.Channel channel,
            Side caucusSide,
            String author,
            MediationRole authorRole,
            Side authorSide,
            String text,
            Instant sentAt,
            String releasedBy,
            Instant releasedAt,
            boolean mayRelease)
            implements Serializable {}

    /**
     * A version of the settlement agreement and who accepted it; once retention erased its content (R-OPS.3), the
     * instant of that erasure (no download then).
     */
    public record AgreementView(
            int version,
            String filename,
            long size,
            String sha256,
            String proposedBy,
            Instant proposedAt,
            String requestingAcceptedBy,
            String respondingAcceptedBy,
            boolean current,
            Instant erasedAt)
            implements Serializable {}
}
