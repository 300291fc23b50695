package org.concord.domain.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;

/**
 * R-M5: one rule of the case analysis, as data. When {@link #question} is answered {@link #reply}, {@link #process}
 * gains {@link #weight} (negative: loses), for the reason given in English, French and German, quoted from its source
 * text. CENTER_ADMIN edits the rules; a rule without its source sentence is refused.
 */
@Entity
@Table(name = "analysis_rule")
@NamedQuery(name = "AnalysisRule.all", query = "select r from AnalysisRule r order by r.question, r.reply, r.process")
public class AnalysisRule {

    public static final int MAX_WEIGHT = 10;
    public static final int REASON_MAX_CHARS = 1000;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Question question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Reply reply;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DisputeProcess process;

    @Column(nullable = false)
    private int weight;

    @Column(name = "reason_en", nullable = false, length = REASON_MAX_CHARS)
    private String reasonEn;

    @Column(name = "reason_fr", nullable = false, length = REASON_MAX_CHARS)
    private String reasonFr;

    @Column(name = "reason_de", nullable = false, length = REASON_MAX_CHARS)
    private String reasonDe;

    /** The source text's file name, e.g. {@code what-is-mediation.txt}. */
    @Column(name = "source_document", nullable = false, length = 100)
    private String sourceDocument;

    /** The sentence of the source the reason rests on, quoted as written. */
    @Column(name = "source_sentence", nullable = false, length = REASON_MAX_CHARS)
    private String sourceSentence;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AnalysisRule() {}

    public AnalysisRule(Question question, Reply reply, DisputeProcess process) {
        this.id = UUID.randomUUID();
        this.question = question;
        this.reply = reply;
        this.process = process;
    }

    /**
     * Replaces what the rule says. A rule on "not sure", a weight of 0 or beyond ±{@value #MAX_WEIGHT}, a missing
     * reason or a missing source is refused with its field.
     */
    public void describe(
            Question question,
            Reply reply,
            DisputeProcess process,
            int weight,
            String reasonEn,
            String reasonFr,
            String reasonDe,
            String sourceDocument,
            String sourceSentence,
            UserAccount by,
            Instant at) {
        if (question == null) {
            throw new RuleViolation("R-M5", "/question", "rule.analysis.question");
        }
        if (reply == null || reply == Reply.NOT_SURE) {
            throw new RuleViolation("R-M5", "/reply", "rule.analysis.reply");
        }
        if (process == null) {
            throw new RuleViolation("R-M5", "/process", "rule.analysis.process");
        }
        if (weight == 0 || Math.abs(weight) > MAX_WEIGHT) {
            throw new RuleViolation("R-M5", "/weight", "rule.analysis.weight", MAX_WEIGHT);
        }
        this.question = question;
        this.reply = reply;
        this.process = process;
        this.weight = weight;
        this.reasonEn = text(reasonEn, "reasonEn");
        this.reasonFr = text(reasonFr, "reasonFr");
        this.reasonDe = text(reasonDe, "reasonDe");
        this.sourceDocument = text(sourceDocument, "sourceDocument");
        this.sourceSentence = text(sourceSentence, "sourceSentence");
        this.updatedBy = by.email();
        this.updatedAt = at;
    }

    private static String text(String value, String field) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty() || t.length() > REASON_MAX_CHARS) {
            throw new RuleViolation("R-M5", "/" + field, "rule.analysis.text", REASON_MAX_CHARS);
        }
        return t;
    }

    /** Whether the rule fires on this answer. */
    public boolean firesOn(Reply answer) {
        return answer == reply;
    }

    /** The reason in {@code locale}'s language (French, German, otherwise English). */
    public String reason(Locale locale) {
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "fr" -> reasonFr;
            case "de" -> reasonDe;
            default -> reasonEn;
        };
    }

    public UUID id() {
        return id;
    }

    public Question question() {
        return question;
    }

    public Reply reply() {
        return reply;
    }

    public DisputeProcess process() {
        return process;
    }

    public int weight() {
        return weight;
    }

    public String reasonEn() {
        return reasonEn;
    }

    public String reasonFr() {
        return reasonFr;
    }

    public String reasonDe() {
        return reasonDe;
    }

    public String sourceDocument() {
        return sourceDocument;
    }

    public String sourceSentence() {
        return sourceSentence;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
