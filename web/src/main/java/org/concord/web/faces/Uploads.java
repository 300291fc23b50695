package org.concord.web.faces;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.concord.domain.document.DocumentKind;
import org.concord.service.procedure.AnnexForm;

/**
 * The one place that reads an uploaded file ({@code <h:inputFile>}'s {@link Part}) for the services: its name and
 * bytes, or an annex of a kind. A file that cannot be read is refused as {@link Unreadable}, shown by
 * {@link Refusals} ("choose it again").
 */
final class Uploads {

    private Uploads() {}

    /** Whether the user chose a file (an empty input submits an empty part). */
    static boolean chosen(Part part) {
        return part != null && part.getSize() > 0;
    }

    /** The chosen file as an annex of {@code kind}; none when no file was chosen. */
    static List<AnnexForm> annex(DocumentKind kind, Part part) {
        return chosen(part) ? List.of(new AnnexForm(kind, filename(part), bytes(part))) : List.of();
    }

    static String filename(Part part) {
        return part.getSubmittedFileName();
    }

    static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
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
