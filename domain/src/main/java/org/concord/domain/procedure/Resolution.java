package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.RuleViolation;

/**
 * The Neutral's Resolution (Article 14): drafted, then signed (R-14.1 (vi): the authenticated Neutral's name, the
 * time, the SHA-256 of the PDF), then communicated by the Center (14(c)), from when it is effective (14(d)). Once
 * signed it is never changed.
 */
@Entity
@Table(name = "resolution")
public class Resolution {

    @Id
    private UUID id;

    @Column(length = 20_000)
    private String description;

    @Column(length = 20_000)
    private String recommendation;

    @Column(length = RequestContent.DESCRIPTION_MAX_CHARS)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private ResolutionOutcome outcome;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "signed_by", length = 254)
    private String signedBy;

    @Column(name = "signed_by_name", length = 200)
    private String signedByName;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(length = 64)
    private String sha256;

    @Column(name = "document_id")
    private UUID documentId;

    @Column(name = "communicated_by", length = 254)
    private String communicatedBy;

    @Column(name = "communicated_at")
    private Instant communicatedAt;

    protected Resolution() {}

    Resolution(Instant at) {
        this.id = UUID.randomUUID();
        this.draftedAt = at;
    }

    void draft(String description, String recommendation, String reasons, ResolutionOutcome outcome, Instant at) {
        requireUnsigned();
        this.description = strip(description);
        this.recommendation = strip(recommendation);
        this.reasons = strip(reasons);
        this.outcome = outcome;
        this.draftedAt = at;
    }

    /** the items (ii)–(iv) and the outcome still missing from the draft. */
    public List<RequestItems.Missing> missing() {
        List<RequestItems.Missing> missing = new ArrayList<>();
        if (description == null) {
            missing.add(new RequestItems.Missing("14(b)(ii)", "/description", "resolution.description.required"));
        }
        if (recommendation == null) {
            missing.add(
                    new RequestItems.Missing("14(b)(iii)", "/recommendation", "resolution.recommendation.required"));
        }
        if (reasons == null) {
            missing.add(new RequestItems.Missing("14(b)(iv)", "/reasons", "resolution.reasons.required"));
        }
        if (outcome == null) {
            missing.add(new RequestItems.Missing("14(b)(iii)", "/outcome", "resolution.outcome.required"));
        }
        return missing;
    }

    void sign(String neutralEmail, String neutralName, String pdfSha256, UUID document, Instant at) {
        requireUnsigned();
        this.signedBy = neutralEmail;
        this.signedByName = neutralName;
        this.sha256 = pdfSha256;
        this.documentId = document;
        this.signedAt = at;
    }

    void communicate(String staffEmail, Instant at) {
        this.communicatedBy = staffEmail;
        this.communicatedAt = at;
    }

    private void requireUnsigned() {
        if (signedAt != null) {
            throw new RuleViolation("R-14.1", null, "rule.resolution.signed");
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public boolean isCommunicated() {
        return communicatedAt != null;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public Optional<String> recommendation() {
        return Optional.ofNullable(recommendation);
    }

    public Optional<String> reasons() {
        return Optional.ofNullable(reasons);
    }

    public Optional<ResolutionOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public Optional<String> signedBy() {
        return Optional.ofNullable(signedBy);
    }

    public Optional<String> signedByName() {
        return Optional.ofNullable(signedByName);
    }

    public Optional<Instant> signedAt() {
        return Optional.ofNullable(signedAt);
    }

    public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
    }

    public Optional<UUID> documentId() {
        return Optional.ofNullable(documentId);
    }

    public Optional<String> communicatedBy() {
        return Optional.ofNullable(communicatedBy);
    }

    public Optional<Instant> communicatedAt() {
        return Optional.ofNullable(communicatedAt);
    }
}
