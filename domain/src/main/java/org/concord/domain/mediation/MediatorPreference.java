package org.concord.domain.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a side's ranked list of acceptable mediators (rank 1 is the most preferred). */
@Embeddable
public class MediatorPreference {

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 20)
    private Side side;

    @Column(name = "rank_order", nullable = false)
    private int rank;

    @Column(name = "mediator_email", nullable = false, length = 254)
    private String mediatorEmail;

    protected MediatorPreference() {}

    MediatorPreference(Side side, int rank, String mediatorEmail) {
        this.side = side;
        this.rank = rank;
        this.mediatorEmail = mediatorEmail;
    }

    public Side side() {
        return side;
    }

    public int rank() {
        return rank;
    }

    public String mediatorEmail() {
        return mediatorEmail;
    }
}
