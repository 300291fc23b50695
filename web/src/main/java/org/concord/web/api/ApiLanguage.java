package org.concord.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Issue 25, R-OPS.3: the language of the API request this thread answers ({@code Accept-Language}, by
 * {@link MessageResolver}), for the texts written inside an answer's JSON (a document "erased on 6 Dec 2026 under the
 * retention rules", {@link JsonbConfiguration}). The JSON binding may be made once and kept by the runtime, so it
 * cannot be chosen per request: what it writes asks here instead, while the answer is written on this thread.
 * Declared in web.xml for {@code /api/*}.
 */
public class ApiLanguage extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<MessageResolver> CURRENT = new ThreadLocal<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        MessageResolver before = CURRENT.get();
        CURRENT.set(MessageResolver.of(request));
        try {
            chain.doFilter(request, response);
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** The texts in the language of the request answered on this thread; English outside one. */
    static MessageResolver texts() {
        MessageResolver texts = CURRENT.get();
        return texts != null ? texts : MessageResolver.of(List.of());
    }
}
