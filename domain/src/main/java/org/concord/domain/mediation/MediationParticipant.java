package org.concord.domain.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.account.UserAccount;

/**
 * A person in a mediation's circle (R-M2), known by the e-mail address of its account: a Party invited by e-mail
 * joins the circle with the account that holds that address, whenever that account exists.
 */
@Entity
@Table(name = "mediation_participant")
public class MediationParticipant {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mediation_id", nullable = false)
    private Mediation mediation;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MediationRole role;

    /** The side of a Party or representative; none for the mediator. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Side side;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected MediationParticipant() {}

    MediationParticipant(Mediation mediation, String email, MediationRole role, Side side, Instant joinedAt) {
        this.id = UUID.randomUUID();
        this.mediation = mediation;
        this.email = UserAccount.normaliseEmail(email);
        this.role = role;
        this.side = side;
        this.joinedAt = joinedAt;
    }

    /**
     * R-ACC.3, R-M2: the part of a representative authorised by the Party {@code party}: on its side, as a
     * representative. Derived from the authorisation on each use and never stored, so that revoking it ends the part.
     */
    static MediationParticipant authorisedFor(
            Mediation mediation, UserAccount representative, MediationParticipant party) {
        return new MediationParticipant(
                mediation, representative.email(), MediationRole.REPRESENTATIVE, party.side, party.joinedAt);
    }

    public boolean is(UserAccount account) {
        return account != null && email.equals(account.email());
    }

    public String email() {
        return email;
    }

    public MediationRole role() {
        return role;
    }

    public Optional<Side> side() {
        return Optional.ofNullable(side);
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
