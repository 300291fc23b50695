package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.RuleViolation;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.sor.StatementOfReasons;

/**
 * The Request's items of Article 5(b) as filed, beside its annexes and its restrictions (a collection,
 * mapped on the Procedure). Immutable once filed; a part of {@link Procedure}, in the {@code procedure} table's
 * columns of old.
 */
@Embeddable
public class RequestContent {

    /** The Request's description may hold this many characters at most (well above 3,000 words). */
    public static final int DESCRIPTION_MAX_CHARS = 60_000;

    @Enumerated(EnumType.STRING)
    @Column(name = "matter", nullable = false, length = 20)
    private Matter matter;

    @Column(name = "platform_name", nullable = false, length = 200)
    private String platformName;

    @Column(name = "description", nullable = false, length = RequestContent.DESCRIPTION_MAX_CHARS)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "capacity", length = 20)
    private RequesterCapacity capacity;

    @Column(name = "representative", length = 500)
    private String representative;

    /** the representative's name as the conflict check compares it ({@link PartyName#normalise}). */
    @Column(name = "representative_key", length = 500)
    private String representativeKey;

    @Column(name = "platform_reference", length = 500)
    private String platformReference;

    @Column(name = "platform_correspondence_email", length = 254)
    private String platformCorrespondenceEmail;

    @Column(name = "remedy", length = 10_000)
    private String remedy;

    /** 5(b)(vii): the Requesting Party's declared domicile; counts its business days. */
    @Column(name = "requester_domicile", length = 10)
    private String requesterDomicile;

    @Column(name = "submits_to_jurisdiction", nullable = false)
    private boolean submitsToJurisdiction;

    @Column(name = "other_proceedings", length = 10_000)
    private String otherProceedings;

    @Column(name = "no_ichs_decision", nullable = false)
    private boolean noIchsDecision;

    /** The imported Statement of Reasons (5(b)(v), R-SOR.1), if the Request started from one. */
    @Column(name = "statement_id")
    private UUID statementId;

    /** R-SOR.3: why the Statement looks outside Article 2 (a message key), {@code null} if in scope or unknown. */
    @Column(name = "scope_flag", length = 60)
    private String scopeFlag;

    protected RequestContent() {}

    /**
     * R-SOR.1: the Request's items, once every item of 5(b) is there (the annexes' kinds count),
     * the description is at most 3,000 words and the imported Statement of Reasons was not filed before.
     *
     * @throws ItemsMissing R-5.1 (or R-2) naming every missing item
     */
    static RequestContent filed(RequestItems items, StatementOfReasons statement, List<Upload> annexes) {
        Set<DocumentKind> kinds = annexes.stream()
                .map(Upload::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentKind.class)));
        ItemsMissing.requireNone(null, items.missing(statement != null, kinds));
        if (WordCount.of(items.description()).exceedsLimit()) {
            throw new RuleViolation("R-5.2", "/description", "rule.request.tooManyWords", WordCount.LIMIT);
        }
        if (statement != null && !statement.isAvailable()) {
            throw new RuleViolation("R-SOR.1", "/statementOfReasons", "rule.sor.alreadyFiled");
        }
        return new RequestContent(items, statement);
    }

    /**
     * The items as filed. 5(b)(ii), R-SOR.4: with an imported Statement, the platform and its reference number are
     * the Statement's own, as the platform recorded them, so that the same decision is recognised whoever files
     * about it.
     */
    private RequestContent(RequestItems items, StatementOfReasons statement) {
        this.matter = items.matter();
        this.platformName = items.platformName().strip();
        this.description = items.description().strip();
        this.capacity = items.capacity();
        this.representative = Guards.strippedOrNull(items.representative());
        this.representativeKey =
                representative == null ? null : PartyName.normalise(PartyName.leadingName(representative));
        this.platformReference = items.platformReference().strip();
        this.platformCorrespondenceEmail = items.platformCorrespondenceEmail().strip();
        this.remedy = items.remedy().strip();
        this.requesterDomicile = items.domicile().toString();
        this.submitsToJurisdiction = items.submitsToJurisdiction();
        this.otherProceedings = items.otherProceedings().strip();
        this.noIchsDecision = items.noIchsDecision();
        if (statement != null) {
            this.platformName = statement.platformName();
            this.platformReference = statement.puid();
            this.statementId = statement.id();
            this.scopeFlag = statement.scope().reasonKey();
        }
    }

    public Matter matter() {
        return matter;
    }

    public String platformName() {
        return platformName;
    }

    public String description() {
        return description;
    }

    public Optional<RequesterCapacity> capacity() {
        return Optional.ofNullable(capacity);
    }

    public Optional<String> representative() {
        return Optional.ofNullable(representative);
    }

    public Optional<String> platformReference() {
        return Optional.ofNullable(platformReference);
    }

    public Optional<String> platformCorrespondenceEmail() {
        return Optional.ofNullable(platformCorrespondenceEmail);
    }

    public Optional<String> remedy() {
        return Optional.ofNullable(remedy);
    }

    public Optional<String> requesterDomicile() {
        return Optional.ofNullable(requesterDomicile);
    }

    public boolean submitsToJurisdiction() {
        return submitsToJurisdiction;
    }

    public Optional<String> otherProceedings() {
        return Optional.ofNullable(otherProceedings);
    }

    public boolean noIchsDecision() {
        return noIchsDecision;
    }

    public Optional<UUID> statementId() {
        return Optional.ofNullable(statementId);
    }

    /** R-SOR.3: the message key of why the Statement looks outside Article 2, if it does. */
    public Optional<String> scopeFlag() {
        return Optional.ofNullable(scopeFlag);
    }
}
