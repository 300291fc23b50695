package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** 9(c): new circumstances the Neutral disclosed to the Parties and the Center, at any stage. */
@Embeddable
public class Disclosure {

    @Column(name = "neutral", nullable = false, length = 254)
    private String neutral;

    @Column(name = "circumstances", nullable = false, length = 4000)
    private String circumstances;

    @Column(name = "disclosed_at", nullable = false)
    private Instant disclosedAt;

    protected Disclosure() {}

    Disclosure(String neutral, String circumstances, Instant disclosedAt) {
        this.neutral = neutral;
        this.circumstances = circumstances;
        this.disclosedAt = disclosedAt;
    }

    public String neutral() {
        return neutral;
    }

    public String circumstances() {
        return circumstances;
    }

    public Instant disclosedAt() {
        return disclosedAt;
    }
}
