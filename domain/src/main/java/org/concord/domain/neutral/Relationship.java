package org.concord.domain.neutral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;
import org.concord.domain.procedure.PartyName;

/** A relationship the Neutral declared: with whom, by name and, where it has one, e-mail domain. */
@Embeddable
public class Relationship {

    /** What the relationship is. */
    public enum Kind {
        ORGANISATION,
        PLATFORM,
        LAW_FIRM,
        PAST_CLIENT
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "email_domain", length = 254)
    private String emailDomain;

    protected Relationship() {}

    public Relationship(Kind kind, String name, String emailDomain) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a relationship names whom it is with");
        }
        this.name = name.strip();
        this.emailDomain = PartyName.domainOf(emailDomain).orElse(null);
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Optional<String> emailDomain() {
        return Optional.ofNullable(emailDomain);
    }

    @Override
    public String toString() {
        return kind + ": " + name + (emailDomain == null ? "" : " (" + emailDomain + ")");
    }
}
