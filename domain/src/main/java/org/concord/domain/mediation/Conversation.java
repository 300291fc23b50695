package org.concord.domain.mediation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;

/**
 * R-M2, the messages of a mediation: joint, to the whole circle, or in a side's caucus with the mediator, released to
 * the circle only by that side. Who writes where, who releases and who reads which message is decided here. A
 * collaborator of {@link Mediation} over the list mapped on it, built on each use, holding no state of its own.
 */
final class Conversation {

    private final Mediation mediation;
    private final List<MediationMessage> messages;

    Conversation(Mediation mediation, List<MediationMessage> messages) {
        this.mediation = mediation;
        this.messages = messages;
    }

    /**
     * A message: joint, to the whole circle; or in a side's caucus with the mediator (R-M2), written by the mediator
     * to either side or by a Party or representative in its own side's caucus. The Center writes joint messages only:
     * it is not in any caucus.
     */
    MediationMessage send(UserAccount by, MediationMessage.Channel channel, Side caucusSide, String text, Instant at) {
        mediation.requireState(MediationState.IN_PROGRESS, "R-M2");
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > Mediation.MESSAGE_MAX_CHARS) {
            throw new RuleViolation("R-M2", "/text", "rule.mediation.message", Mediation.MESSAGE_MAX_CHARS);
        }
        Optional<MediationRole> role = mediation.roleOf(by);
        Optional<Side> side = mediation.sideOf(by);
        if (role.isEmpty() && !by.actsForCenter()) {
            throw new RuleViolation("R-M2", null, "rule.mediation.notInCircle");
        }
        Side caucus = null;
        if (channel == MediationMessage.Channel.CAUCUS) {
            if (role.orElse(null) == MediationRole.MEDIATOR) {
                if (caucusSide == null) {
                    throw new RuleViolation("R-M2", "/side", "rule.mediation.caucusSide");
                }
                caucus = caucusSide;
            } else if (side.isPresent() && (caucusSide == null || caucusSide == side.get())) {
                caucus = side.get();
            } else {
                throw new RuleViolation("R-M2", "/side", "rule.mediation.notYourCaucus");
            }
        }
        MediationMessage message = new MediationMessage(
                mediation, channel, caucus, by.email(), role.orElse(null), side.orElse(null), body, at);
        messages.add(message);
        return message;
    }

    /** R-M2: a Party or representative releases a message of its side's caucus to the whole circle. */
    MediationMessage release(UserAccount by, UUID messageId, Instant at) {
        MediationMessage message = messages.stream()
                .filter(m -> m.id().equals(messageId))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("R-M2", "/message", "rule.mediation.noMessage"));
        if (!isOwnCaucus(by, message)) {
            throw new RuleViolation("R-M2", "/message", "rule.mediation.notYourRelease");
        }
        if (!message.isReleased()) {
            message.release(by.email(), at);
        }
        return message;
    }

    /** R-M2: whether {@code account} is on the side whose caucus holds {@code message}, not yet released. */
    boolean mayRelease(UserAccount account, MediationMessage message) {
        return isOwnCaucus(account, message) && !message.isReleased();
    }

    private boolean isOwnCaucus(UserAccount account, MediationMessage message) {
        return message.channel() == MediationMessage.Channel.CAUCUS
                && message.caucusSide().equals(mediation.sideOf(account));
    }

    /**
     * R-M2: joint and released messages for the whole circle; a caucus message only for its side and the mediator.
     * The Center reads no caucus message that was not released.
     */
    List<MediationMessage> visibleTo(UserAccount viewer) {
        if (!mediation.isVisibleTo(viewer)) {
            return List.of();
        }
        boolean mediator = mediation.roleOf(viewer).orElse(null) == MediationRole.MEDIATOR;
        Optional<Side> side = mediation.sideOf(viewer);
        return messages.stream()
                .filter(m -> m.isOpenToCircle()
                        || mediator
                        || side.isPresent() && m.caucusSide().equals(side))
                .toList();
    }
}
