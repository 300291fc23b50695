package org.concord.domain.document;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored document (R-C2): its SHA-256, size, the media type detected from its content, who uploaded it and when. A
 * stored document is never changed; a correction is a new document. It belongs to the filing that carried it, whose
 * visibility it shares.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private DocumentKind kind;

    @Column(nullable = false, length = 200, updatable = false)
    private String filename;

    @Column(name = "media_type", nullable = false, length = 100, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 254, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    /**
     * R-OPS.3: when retention emptied the content (written by the erasure job's SQL only). The SHA-256 and size stay
     * the original's: the audit trail names them, and they say what was filed.
     */
    @Column(name = "erased_at", insertable = false, updatable = false)
    private Instant erasedAt;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "content_id", nullable = false, updatable = false)
    private DocumentContent content;

    protected Document() {}

    public Document(Upload upload, String uploadedBy, Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.kind = upload.kind();
        this.filename = upload.filename();
        this.mediaType = upload.mediaType();
        this.size = upload.content().length;
        this.sha256 = sha256(upload.content());
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.content = new DocumentContent(upload.content());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public UUID id() {
        return id;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String filename() {
        return filename;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    /** R-OPS.3: when its content was erased under the retention rules; empty while it is kept. */
    public Optional<Instant> erasedAt() {
        return Optional.ofNullable(erasedAt);
    }

    public DocumentContent content() {
        return content;
    }
}
