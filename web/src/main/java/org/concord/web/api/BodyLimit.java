package org.concord.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * R-SEC.5: an API body is bounded before it is read. A declared {@code Content-Length} over
 * {@code concord.limits.api-body-bytes} is refused at once (before the resource is even matched); a body without one
 * (chunked) is counted while it is read, and refused as soon as it passes the limit. Either way the answer is 413,
 * problem details naming the limit and the rule; the connection is closed, so the rest is not read.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter, ReaderInterceptor {

    /** The default, 32 MiB: a filing with two annexes at the document limit, base64-encoded, and its text. */
    static final long DEFAULT_LIMIT = 32L * 1024 * 1024;

    private final long limit = ConfigProvider.getConfig()
            .getOptionalValue("concord.limits.api-body-bytes", Long.class)
            .orElse(DEFAULT_LIMIT);

    @Override
    public void filter(ContainerRequestContext request) {
        if (declaredLength(request.getHeaderString("Content-Length")) > limit) {
            request.abortWith(tooLarge(limit, MessageResolver.of(request.getAcceptableLanguages())));
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Bounded bounded = new Bounded(context.getInputStream(), limit);
        context.setInputStream(bounded);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException failed) {
            // A reader reports the stream's refusal its own way (a JSON or parsing error): say what happened.
            if (bounded.exceeded) {
                throw new TooLarge(limit);
            }
            throw failed;
        }
    }

    /** The declared length, also beyond 2 GiB; -1 when none is declared, or when it is no number (the container's). */
    static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    static Response tooLarge(long limit, MessageResolver texts) {
        return Response.fromResponse(Problems.response(Problems.payloadTooLarge(limit, texts)))
                .header("Connection", "close")
                .build();
    }

    /** A body that passed the limit while it was read. */
    public static final class TooLarge extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long limit;

        TooLarge(long limit) {
            super("request body over " + limit + " bytes", null, false, false);
            this.limit = limit;
        }
    }

    @Provider
    public static class TooLargeMapper implements ExceptionMapper<TooLarge> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(TooLarge e) {
            return tooLarge(e.limit, MessageResolver.of(headers));
        }
    }

    /** Counts what is read and fails once more than {@code limit} bytes came. */
    static final class Bounded extends FilterInputStream {

        private final long limit;
        private long count;
        boolean exceeded;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - count + 1));
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new IOException("request body over " + limit + " bytes (R-SEC.5)");
            }
        }
    }
}
