package org.concord.service.document;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.DocumentPolicy;
import org.concord.domain.document.Upload;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-C2: turns the bytes a user hands in into an {@link Upload}, with the media type detected from the content (Tika's
 * magic numbers; the file name is never trusted), and checks it against the Center's limits
 * ({@code concord.documents.*}).
 */
@ApplicationScoped
public class DocumentIntake {

    @Inject
    @ConfigProperty(name = "concord.documents.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @Inject
    @ConfigProperty(
            name = "concord.documents.media-types",
            defaultValue = "application/pdf,image/png,image/jpeg,text/plain")
    List<String> mediaTypes;

    private static final MediaTypeRegistry TYPES =
            MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private final Tika tika = new Tika();
    private DocumentPolicy policy;

    @PostConstruct
    void init() {
        policy = new DocumentPolicy(
                maxBytes, Set.copyOf(mediaTypes.stream().map(String::strip).toList()));
    }

    /**
     * @param field the form field or JSON property the file came in, named in a refusal
     * @throws org.concord.domain.RuleViolation R-C2 when the file is empty, too large or of a type not accepted
     */
    public Upload accept(DocumentKind kind, String filename, byte[] content, String field) {
        byte[] bytes = content == null ? new byte[0] : content;
        Upload upload = new Upload(kind, filename, detect(bytes), bytes);
        policy.check(upload, field);
        return upload;
    }

    /**
     * The media type from the bytes. Tika reads plain text that starts like a mail or news header ("Article 7 …",
     * "From: …") as {@code message/*}, a kind of text; such text is plain text to the Center.
     */
    String detect(byte[] bytes) {
        MediaType detected = MediaType.parse(tika.detect(bytes));
        boolean headerLikeText =
                "message".equals(detected.getType()) && TYPES.isInstanceOf(detected, MediaType.TEXT_PLAIN);
        return headerLikeText ? MediaType.TEXT_PLAIN.toString() : detected.toString();
    }

    public DocumentPolicy policy() {
        return policy;
    }
}
