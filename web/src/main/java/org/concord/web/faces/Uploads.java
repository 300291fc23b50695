package org.concord.web.faces;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.concord.domain.RuleViolation;
import org.concord.domain.document.DocumentKind;
import org.concord.service.procedure.AnnexForm;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one place that reads an uploaded file ({@code <h:inputFile>}'s {@link Part}) for the services: its name and
 * bytes, or an annex of a kind. Nothing is read into memory beyond its limit (R-SEC.5): a document over
 * {@code concord.documents.max-bytes} is refused at its field with the same refusal the services give (R-C2)
 * before a byte of it is read, and a read stops one byte past the limit whatever the part claims its size is. A
 * file that cannot be read is refused as {@link Unreadable}, shown by {@link Refusals} ("choose it again").
 */
final class Uploads {

    /** The document limit, as the services apply it ({@code DocumentIntake}). */
    private static long documentLimit() {
        return ConfigProvider.getConfig()
                .getOptionalValue("concord.documents.max-bytes", Long.class)
                .orElse(10L * 1024 * 1024);
    }

    private Uploads() {}

    /** Whether the user chose a file (an empty input submits an empty part). */
    static boolean chosen(Part part) {
        return part != null && part.getSize() > 0;
    }

    /**
     * The chosen file as an annex of {@code kind}; none when no file was chosen.
     *
     * @param field the pointer the file will have in the form ({@code /annexes/0}), where a refusal is shown
     */
    static List<AnnexForm> annex(DocumentKind kind, Part part, String field) {
        return chosen(part) ? List.of(new AnnexForm(kind, filename(part), document(part, field))) : List.of();
    }

    static String filename(Part part) {
        return part.getSubmittedFileName();
    }

    /**
     * A document's bytes (R-C2, R-SEC.5).
     *
     * @throws RuleViolation R-C2 at {@code field} when it is over the document limit, before it is read
     */
    static byte[] document(Part part, String field) {
        return document(part, field, documentLimit());
    }

    static byte[] document(Part part, String field, long limit) {
        byte[] bytes = part.getSize() > limit ? null : bytes(part, limit);
        if (bytes == null) {
            throw new RuleViolation("R-C2", field, "rule.document.tooLarge", filename(part), limit / 1024);
        }
        return bytes;
    }

    /** At most {@code limit} bytes of the part; {@code null} when it holds more (the rest is not read). */
    static byte[] bytes(Part part, long limit) {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
            return bytes.length > limit ? null : bytes;
        } catch (IOException unreadable) {
            throw new Unreadable(unreadable);
        }
    }

    /** The upload could not be read (the temporary file is gone): the user chooses it again. */
    static final class Unreadable extends UncheckedIOException {

        private static final long serialVersionUID = 1L;

        Unreadable(IOException cause) {
            super(cause);
        }
    }
}
