package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * a reason to doubt a candidate's impartiality or independence found before acceptance, either among the
 * candidate's declared relationships or in the Center's own records. It blocks acceptance until staff override it
 * with a recorded reason; the candidate is shown it.
 */
@Embeddable
public class Conflict {

    /** Where the conflict was found. */
    public enum Source {
        /** A relationship the candidate declared in its profile. */
        DECLARED,
        /** Another Procedure of the Center in which the candidate stood on a side. */
        CENTER_RECORDS
    }

    /** What matched: the normalised name or the e-mail domain. */
    public enum Basis {
        NAME,
        EMAIL_DOMAIN
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private Source source;

    /** The declared relationship ("PAST_CLIENT: Streamly Ltd") or the other Procedure's reference and the role. */
    @Column(name = "subject", nullable = false, length = 600)
    private String subject;

    /** The side of this Procedure it matched. */
    @Enumerated(EnumType.STRING)
    @Column(name = "side_kind", nullable = false, length = 20)
    private PartySide.Kind sideKind;

    @Column(name = "side_name", nullable = false, length = 500)
    private String sideName;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis", nullable = false, length = 20)
    private Basis basis;

    protected Conflict() {}

    public Conflict(Source source, String subject, PartySide side, Basis basis) {
        this.source = Objects.requireNonNull(source);
        this.subject = Objects.requireNonNull(subject);
        this.sideKind = side.kind();
        this.sideName = side.name();
        this.basis = Objects.requireNonNull(basis);
    }

    public Source source() {
        return source;
    }

    public String subject() {
        return subject;
    }

    public PartySide.Kind sideKind() {
        return sideKind;
    }

    public String sideName() {
        return sideName;
    }

    public Basis basis() {
        return basis;
    }

    /** In the words of English, for logs, e-mail-free summaries and the API. */
    public String describe() {
        return (source == Source.DECLARED ? "Declared relationship " : "Center record ") + subject + " matches the "
                + sideKind.name().toLowerCase(java.util.Locale.ROOT) + " " + sideName + " by "
                + (basis == Basis.NAME ? "name" : "e-mail domain");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Conflict c
                && source == c.source
                && subject.equals(c.subject)
                && sideKind == c.sideKind
                && sideName.equals(c.sideName)
                && basis == c.basis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, subject, sideKind, sideName, basis);
    }
}
