package org.concord.service.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.concord.domain.document.Document;
import org.concord.domain.time.GenevaTime;

/**
 * A document's bytes as served, with the name, detected type and hash it was stored with (R-C2). A document whose
 * content retention erased (R-OPS.3) has no bytes and says when it was erased: it is answered 410 Gone, never as an
 * empty body under the original hash.
 */
public record DocumentDownload(String filename, String mediaType, String sha256, byte[] bytes, Instant erasedAt) {

    public DocumentDownload(String filename, String mediaType, String sha256, byte[] bytes) {
        this(filename, mediaType, sha256, bytes, null);
    }

    /** The document as it is now: its content, or (erased) none and the instant of its erasure. */
    public static DocumentDownload of(Document d) {
        Optional<Instant> erased = d.erasedAt();
        return new DocumentDownload(
                d.filename(),
                d.mediaType(),
                d.sha256(),
                erased.isPresent() ? new byte[0] : d.content().bytes(),
                erased.orElse(null));
    }

    /** R-OPS.3: whether retention erased the content. */
    public boolean erased() {
        return erasedAt != null;
    }

    /** R-OPS.3, R-3.1: the Geneva date of the erasure, if erased. */
    public Optional<LocalDate> erasedOn() {
        return Optional.ofNullable(erasedAt).map(GenevaTime::dateOf);
    }
}
