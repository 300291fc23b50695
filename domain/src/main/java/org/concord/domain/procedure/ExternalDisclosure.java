package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * information about the Procedure disclosed outside its circle, recorded with the ground of 13(a) that allows
 * it, to whom, what, by whom and when.
 */
@Embeddable
public class ExternalDisclosure {

    /** The grounds of Article 13(a). */
    public enum Ground {
        /** (i) the Parties agreed. */
        PARTIES_AGREED,
        /** (ii) the information is already in the public domain. */
        PUBLIC_DOMAIN,
        /** (iii) needed for legal proceedings relating to the Procedure. */
        LEGAL_PROCEEDINGS,
        /** (iv) required by law. */
        REQUIRED_BY_LAW
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "ground", nullable = false, length = 30)
    private Ground ground;

    @Column(name = "recipient", nullable = false, length = 500)
    private String recipient;

    @Column(name = "what", nullable = false, length = 4000)
    private String what;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ExternalDisclosure() {}

    ExternalDisclosure(Ground ground, String recipient, String what, String recordedBy, Instant recordedAt) {
        this.ground = ground;
        this.recipient = recipient;
        this.what = what;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Ground ground() {
        return ground;
    }

    public String recipient() {
        return recipient;
    }

    public String what() {
        return what;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
