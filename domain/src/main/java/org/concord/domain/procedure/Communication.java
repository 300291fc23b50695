package org.concord.domain.procedure;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.document.Document;
import org.concord.domain.document.Upload;

/**
 * A communication in the conduct of a Procedure (Article 11): a message, an objection, a report of bad faith
 * (11(f)), a translation order, a suggestion to settle or mediate (15(a)) or the Neutral's determination
 * allowing ex parte communication (11(c)). Unless addressed otherwise under, it goes to both Parties, the
 * Neutral and the Center.
 */
@Entity
@Table(name = "communication")
public class Communication {

    /** What the communication is. */
    public enum Kind {
        MESSAGE,
        OBJECTION,
        BAD_FAITH_REPORT,
        TRANSLATION_ORDER,
        SETTLEMENT_SUGGESTION,
        EX_PARTE_DETERMINATION
    }

    /** Who sent it: a Party, the Neutral or the Center. */
    public enum Author {
        REQUESTING_PARTY,
        RESPONDING_PARTY,
        NEUTRAL,
        CENTER;

        static Author of(ParticipantRole role) {
            return switch (role) {
                case REQUESTING_PARTY -> REQUESTING_PARTY;
                case RESPONDING_PARTY -> RESPONDING_PARTY;
                case NEUTRAL -> NEUTRAL;
                case REPRESENTATIVE -> throw new IllegalArgumentException("a representative acts for its Party");
            };
        }

        boolean isParty() {
            return this == REQUESTING_PARTY || this == RESPONDING_PARTY;
        }
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id", nullable = false, updatable = false)
    private Procedure procedure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Author author;

    @Column(name = "author_email", nullable = false, length = 254, updatable = false)
    private String authorEmail;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(nullable = false, length = 20_000, updatable = false)
    private String text;

    /** {@code null} for the whole circle; else the one side it is addressed to (with the Center). */
    @Enumerated(EnumType.STRING)
    @Column(name = "addressed_to", length = 20, updatable = false)
    private Author addressedTo;

    /** when the objecting Party knew of the non-compliance. */
    @Column(name = "knew_on", updatable = false)
    private LocalDate knewOn;

    /** the language of the translation ordered and when it is due. */
    @Column(name = "translation_language", length = 3, updatable = false)
    private String translationLanguage;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    /** The side a translation order or a report of bad faith concerns. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    private Author concerns;

    /** A translation answering an order, or another reply: the communication it answers. */
    @Column(name = "in_reply_to", updatable = false)
    private UUID inReplyTo;

    /** a Party's communication waits while its fees are unpaid. */
    @Column(name = "released_at")
    private Instant releasedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "communication_id")
    @OrderBy("uploadedAt, id")
    private List<Document> documents = new ArrayList<>();

    protected Communication() {}

    Communication(
            Procedure procedure,
            Kind kind,
            Author author,
            String authorEmail,
            Instant sentAt,
            String text,
            Author addressedTo,
            boolean released) {
        this.id = UUID.randomUUID();
        this.procedure = procedure;
        this.kind = kind;
        this.author = author;
        this.authorEmail = authorEmail;
        this.sentAt = sentAt;
        this.text = text;
        this.addressedTo = addressedTo;
        this.releasedAt = released ? sentAt : null;
    }

    Communication objectionKnownOn(LocalDate knew) {
        this.knewOn = knew;
        return this;
    }

    Communication translation(String language, LocalDate due) {
        this.translationLanguage = language;
        this.dueOn = due;
        return this;
    }

    Communication concerning(Author side) {
        this.concerns = side;
        return this;
    }

    Communication replyTo(UUID communication) {
        this.inReplyTo = communication;
        return this;
    }

    void attach(Upload upload, Instant at) {
        documents.add(new Document(upload, authorEmail, at));
    }

    void release(Instant at) {
        if (releasedAt == null) {
            releasedAt = at;
        }
    }

    /**
     * whether someone acting as {@code viewer} (a Party's or the Neutral's role, or
     * {@code CENTER}) sees it. The Center sees everything; the author sees its own; a held communication nobody else;
     * one addressed to a side only that side.
     */
    boolean isVisibleTo(Author viewer) {
        if (viewer == Author.CENTER || viewer == author) {
            return true;
        }
        if (releasedAt == null) {
            return false;
        }
        return addressedTo == null || addressedTo == viewer;
    }

    public boolean isHeld() {
        return releasedAt == null;
    }

    public UUID id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Author author() {
        return author;
    }

    public String authorEmail() {
        return authorEmail;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String text() {
        return text;
    }

    public Optional<Author> addressedTo() {
        return Optional.ofNullable(addressedTo);
    }

    public Optional<LocalDate> knewOn() {
        return Optional.ofNullable(knewOn);
    }

    public Optional<String> translationLanguage() {
        return Optional.ofNullable(translationLanguage);
    }

    public Optional<LocalDate> dueOn() {
        return Optional.ofNullable(dueOn);
    }

    public Optional<Author> concerns() {
        return Optional.ofNullable(concerns);
    }

    public Optional<UUID> inReplyTo() {
        return Optional.ofNullable(inReplyTo);
    }

    public List<Document> documents() {
        return Collections.unmodifiableList(documents);
    }
}
