package org.concord.domain.document;

import java.util.Objects;

/**
 * A file a user hands in, with the media type detected from its bytes (never from its name, R-C2).
 */
public record Upload(DocumentKind kind, String filename, String mediaType, byte[] content) {

    public Upload {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        filename = filename == null || filename.isBlank()
                ? kind.name().toLowerCase(java.util.Locale.ROOT)
                : filename.strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (filename.length() > 200) {
            filename = filename.substring(filename.length() - 200);
        }
    }
}
