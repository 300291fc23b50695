package org.concord.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.service.document.DocumentDownload;
import org.concord.service.mediation.MediationService;
import org.concord.service.procedure.DocumentService;
import org.concord.service.representation.RepresentationService;
import org.concord.web.api.MessageResolver;

/**
 * Downloads a document of a Procedure from its page (a filing's, or a message's annex, linked from the file):
 * {@code /document?procedure=<id>&id=<document>}, a version of a
 * mediation's settlement agreement: {@code /document?mediation=<id>&version=<n>}, or a power of attorney:
 * {@code /document?representation=<id>} (R-ACC.3: staff, its representative and its Party). Outside the circle of
 * R-13.1 (R-M2), or for a held filing of the other Party, the same 404 as for a wrong id. To the circle, a
 * document whose content retention erased answers 410 Gone with the date of its erasure (R-OPS.3).
 */
@WebServlet("/document")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documents;

    @Inject
    private MediationService mediations;

    @Inject
    private RepresentationService representations;

    @Inject
    private LocaleBacking locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentDownload download;
        try {
            String mediation = request.getParameter("mediation");
            String representation = request.getParameter("representation");
            download = representation != null
                    ? representations.document(UUID.fromString(representation))
                    : mediation != null
                            ? mediations.agreement(
                                    UUID.fromString(mediation),
                                    Integer.parseInt(String.valueOf(request.getParameter("version"))))
                            : documents.open(
                                    UUID.fromString(String.valueOf(request.getParameter("procedure"))),
                                    UUID.fromString(String.valueOf(request.getParameter("id"))));
        } catch (NotFound | IllegalArgumentException hidden) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (download.erased()) {
            gone(download, request, response);
            return;
        }
        response.setContentType(download.mediaType());
        response.setHeader("Content-Disposition", attachment(download.filename()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(download.bytes().length);
        response.getOutputStream().write(download.bytes());
    }

    /**
     * R-OPS.3: the document was erased under the retention rules: 410 Gone, saying on which date, in the language the
     * pages speak to this viewer; no body under the original hash. Only the circle gets here: anyone else had the 404
     * above, as for an id that does not exist (R-13.1, R-SEC.6).
     */
    private void gone(DocumentDownload download, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        java.util.Locale language =
                locale.current(request.getHeader("Accept-Language") == null ? null : request.getLocale());
        byte[] text = (MessageResolver.of(java.util.List.of(language))
                                .text(
                                        "document.erasedGone",
                                        When.format(download.erasedOn().orElseThrow(), language))
                        + "\n")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_GONE);
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Content-Language", language.getLanguage());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }

    /** RFC 6266: always an attachment (never rendered inline), the name in UTF-8. */
    public static String attachment(String filename) {
        return "attachment; filename=\"" + filename.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
