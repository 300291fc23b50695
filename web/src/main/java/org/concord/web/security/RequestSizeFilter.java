package org.concord.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.concord.web.api.MessageResolver;
import org.concord.web.api.Problems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-SEC.5: a page's form or upload is bounded before anything reads it. A body whose declared length is over
 * {@code concord.limits.upload-bytes} is refused with 413 and a short page that names the limit; a body without a declared
 * length (chunked) is refused with 411, because the container parses forms and multipart uploads from the raw
 * stream, which no filter can bound. Browsers always declare the length of a form. The connection is closed, so the
 * unread body is not drained either.
 *
 * <p>
 * The API's bodies are bounded in the API ({@code org.concord.web.api.BodyLimit}, 413 as problem details), because
 * there the stream can be counted while it is read. Each uploaded file is then held to the document limit
 * ({@code concord.documents.max-bytes}, R-C2) before it is read into memory.
 */
public class RequestSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "concord.limits.upload-bytes", defaultValue = "52428800")
    long uploadLimit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (api(request) || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > uploadLimit) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        } else if (length < 0) {
            refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Answers with a short page in the caller's language that names the limit. Not a Faces page: rendering one would
     * parse the very body that is refused.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        MessageResolver texts = MessageResolver.of(request);
        String mib = Problems.mebibytes(uploadLimit);
        String title = texts.text(
                status == HttpServletResponse.SC_LENGTH_REQUIRED
                        ? "upload.lengthRequired.title"
                        : "upload.tooLarge.title");
        String text = texts.text(
                status == HttpServletResponse.SC_LENGTH_REQUIRED
                        ? "upload.lengthRequired.text"
                        : "upload.tooLarge.text",
                mib);
        String page = "<!DOCTYPE html>\n<html lang=\"" + texts.locale().getLanguage()
                + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title></head><body><main><h1>" + escape(title) + "</h1><p>" + escape(text) + "</p><p><a href=\""
                + escape(request.getContextPath() + "/") + "\">" + escape(texts.text("error.home"))
                + "</a></p></main></body></html>\n";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** A declared length above zero, or a chunked body. */
    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }
}
