package org.concord.domain.sor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.Restriction;

/**
 * A platform's Statement of Reasons (DSA Art. 17) imported in the Transparency Database's JSON form (R-SOR.1). It is
 * the copy of item 5(b)(v) of a Request, and its values prefill the Request. The document is kept as received;
 * its free text is party material (R-SOR.5) and confidential like the Procedure. Until a Request uses it, it
 * is a draft seen by whoever imported it and by whoever holds its (random, unguessable) id: a platform posting it on
 * a user's behalf hands the user that id.
 */
@Entity
@Table(name = "statement_of_reasons")
@NamedQuery(name = "StatementOfReasons.filedWithPuid", query = """
        select s from StatementOfReasons s where s.procedureId is not null
        and s.platformName = :platformName and s.puid = :puid""")
@NamedQuery(name = "StatementOfReasons.ofBatch", query = """
        select s from StatementOfReasons s where s.batchId = :batch order by s.batchPosition""")
public class StatementOfReasons {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "imported_by", nullable = false, updatable = false)
    private UserAccount importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    /** The statement as received (one statement of a batch on its own), never changed. */
    @Column(name = "document", nullable = false, updatable = false, length = 100_000)
    private String document;

    @Column(nullable = false, length = 500, updatable = false)
    private String puid;

    @Column(name = "platform_name", nullable = false, length = 200, updatable = false)
    private String platformName;

    /** Restriction types (a)–(d), space-separated names of {@link Restriction}. */
    @Column(nullable = false, length = 60, updatable = false)
    private String restrictions;

    @Column(name = "decision_ground", nullable = false, length = 60, updatable = false)
    private String decisionGround;

    @Column(nullable = false, length = 100, updatable = false)
    private String category;

    /** category_specification keywords, space-separated, renamed ones under their new name. */
    @Column(nullable = false, length = 4000, updatable = false)
    private String keywords;

    @Column(name = "content_language", length = 2, updatable = false)
    private String contentLanguage;

    @Column(name = "territorial_scope", nullable = false, length = 200, updatable = false)
    private String territorialScope;

    @Column(name = "content_types", nullable = false, length = 400, updatable = false)
    private String contentTypes;

    @Column(name = "application_date", nullable = false, updatable = false)
    private LocalDate applicationDate;

    @Column(name = "source_type", length = 60, updatable = false)
    private String sourceType;

    @Column(name = "automated_decision", length = 60, updatable = false)
    private String automatedDecision;

    @Column(name = "automated_detection", updatable = false)
    private Boolean automatedDetection;

    /** The Procedure whose Request this statement is, once filed. */
    @Column(name = "procedure_id")
    private UUID procedureId;

    /** The portal batch that stored this statement (issue 24), if one did. */
    @Column(name = "batch_id", updatable = false)
    private UUID batchId;

    /** Its position in that batch, from 0. */
    @Column(name = "batch_position", updatable = false)
    private Integer batchPosition;

    protected StatementOfReasons() {}

    StatementOfReasons(
            UserAccount importedBy,
            Instant importedAt,
            String document,
            String puid,
            String platformName,
            Set<Restriction> restrictions,
            String decisionGround,
            String category,
            List<String> keywords,
            String contentLanguage,
            List<String> territorialScope,
            List<String> contentTypes,
            LocalDate applicationDate,
            String sourceType,
            String automatedDecision,
            Boolean automatedDetection) {
        this.id = UUID.randomUUID();
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.document = document;
        this.puid = puid;
        this.platformName = platformName;
        this.restrictions =
                String.join(" ", restrictions.stream().map(Enum::name).toList());
        this.decisionGround = decisionGround;
        this.category = category;
        this.keywords = String.join(" ", keywords);
        this.contentLanguage = contentLanguage;
        this.territorialScope = String.join(" ", territorialScope);
        this.contentTypes = String.join(" ", contentTypes);
        this.applicationDate = applicationDate;
        this.sourceType = sourceType;
        this.automatedDecision = automatedDecision;
        this.automatedDetection = automatedDetection;
    }

    /**
     * R-SOR.3: in scope of Article 2 or likely outside, and why; the statement's own text counts for its keywords
     * (reading, {@link InfringementWords}). Read from the document as received, which is kept anyway (R-SOR.5).
     */
    public ScopeAssessment scope() {
        return ScopeAssessment.of(category, keywords(), StatementImport.freeText(document));
    }

    /**
     * Who may use this statement for a Request: whoever imported it, or whoever holds its id (a capability handed on
     * by the platform), as long as no Request used it yet.
     */
    /** Issue 24: this statement is the {@code position}-th (from 0) of the background batch {@code batch}. */
    public void storedBy(StatementBatch batch, int position) {
        if (batchId != null) {
            throw new IllegalStateException("The statement " + id + " was stored by the batch " + batchId);
        }
        this.batchId = batch.id();
        this.batchPosition = position;
    }

    /** Its position (from 0) in the batch that stored it, if a batch did. */
    public Optional<Integer> batchPosition() {
        return Optional.ofNullable(batchPosition);
    }

    public boolean isAvailable() {
        return procedureId == null;
    }

    /** The statement becomes item 5(b)(v) of the Request of {@code procedure}. */
    public void fileWith(UUID procedure) {
        if (procedureId != null) {
            throw new org.concord.domain.RuleViolation("R-SOR.1", "/statementOfReasons", "rule.sor.alreadyFiled");
        }
        this.procedureId = procedure;
    }

    public UUID id() {
        return id;
    }

    public UserAccount importedBy() {
        return importedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String document() {
        return document;
    }

    public String puid() {
        return puid;
    }

    public String platformName() {
        return platformName;
    }

    public Set<Restriction> restrictions() {
        Set<Restriction> set = EnumSet.noneOf(Restriction.class);
        split(restrictions).forEach(r -> set.add(Restriction.valueOf(r)));
        return set;
    }

    public String decisionGround() {
        return decisionGround;
    }

    public String category() {
        return category;
    }

    public List<String> keywords() {
        return split(keywords);
    }

    public Optional<String> contentLanguage() {
        return Optional.ofNullable(contentLanguage);
    }

    public List<String> territorialScope() {
        return split(territorialScope);
    }

    public List<String> contentTypes() {
        return split(contentTypes);
    }

    public LocalDate applicationDate() {
        return applicationDate;
    }

    public Optional<String> sourceType() {
        return Optional.ofNullable(sourceType);
    }

    public Optional<String> automatedDecision() {
        return Optional.ofNullable(automatedDecision);
    }

    public Optional<Boolean> automatedDetection() {
        return Optional.ofNullable(automatedDetection);
    }

    public Optional<UUID> procedureId() {
        return Optional.ofNullable(procedureId);
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
    }
}
