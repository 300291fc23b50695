package org.concord.domain.mediation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Document;
import org.concord.domain.document.DocumentKind;

/**
 * R-M3, the settlement agreement of a mediation: its versions, proposed by anyone in the circle but the Center, and
 * each side's acceptance of the current one, named by its SHA-256. A mediator never decides (R-M1). A collaborator
 * of {@link Mediation}, which records the end once both sides accepted; it wraps the list mapped on the Mediation,
 * so it is built on each use and holds no state of its own.
 */
final class Settlement {

    private final Mediation mediation;
    private final List<SettlementAgreement> agreements;

    Settlement(Mediation mediation, List<SettlementAgreement> agreements) {
        this.mediation = mediation;
        this.agreements = agreements;
    }

    /** R-M3: a Party, a representative or the mediator proposes a (new version of the) settlement agreement. */
    SettlementAgreement propose(UserAccount by, Document document, Instant at) {
        mediation.requireState(MediationState.IN_PROGRESS, "R-M3");
        if (mediation.roleOf(by).isEmpty()) {
            throw new RuleViolation("R-M3", null, "rule.mediation.notInCircle");
        }
        if (document.kind() != DocumentKind.SETTLEMENT_AGREEMENT) {
            throw new IllegalArgumentException("not a settlement agreement: " + document.kind());
        }
        SettlementAgreement agreement =
                new SettlementAgreement(mediation, agreements.size() + 1, document, by.email(), at);
        agreements.add(agreement);
        return agreement;
    }

    /**
     * R-M3, R-M1: a Party (or its representative) accepts the current settlement agreement, named by its SHA-256 so
     * that nobody accepts a version it has not seen. The mediator cannot accept: a mediator never decides.
     *
     * @return whether both sides accepted the same version now
     */
    boolean accept(UserAccount by, String sha256, Instant at) {
        mediation.requireState(MediationState.IN_PROGRESS, "R-M3");
        if (mediation.roleOf(by).orElse(null) == MediationRole.MEDIATOR) {
            throw new RuleViolation("R-M1", null, "rule.mediation.mediatorDecides");
        }
        Side side = mediation.sideOf(by).orElseThrow(() -> new RuleViolation("R-M3", null, "rule.mediation.notParty"));
        SettlementAgreement current =
                current().orElseThrow(() -> new RuleViolation("R-M3", null, "rule.mediation.noAgreement"));
        if (sha256 == null || !current.sha256().equalsIgnoreCase(sha256.strip())) {
            throw new RuleViolation("R-M3", "/sha256", "rule.mediation.otherVersion");
        }
        current.acceptFor(side, by.email(), at);
        return current.isAcceptedByBoth();
    }

    /** The latest version proposed, if any. */
    Optional<SettlementAgreement> current() {
        return agreements.isEmpty() ? Optional.empty() : Optional.of(agreements.get(agreements.size() - 1));
    }
}
