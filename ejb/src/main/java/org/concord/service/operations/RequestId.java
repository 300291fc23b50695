package org.concord.service.operations;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the request being handled on this thread (issue 25, R-OPS.1): taken from the proxy's {@code X-Request-Id}
 * when it is well formed, made otherwise, answered in the same header, and carried by every log line written while the
 * request is handled ({@link RequestIdLogging}). Mail and webhook deliveries queued by a request carry it too, so that
 * the dispatchers' lines about them name it, on whichever instance sends them.
 */
public final class RequestId {

    /** Short, and only characters that cannot forge a log line or a header: letters, digits, {@code - _ . : @}. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {}

    /** Whether an id from outside may be used as it is. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    /** The proxy's id if it is well formed, else a new random one. */
    public static String acceptOrMake(String fromProxy) {
        return isWellFormed(fromProxy) ? fromProxy : UUID.randomUUID().toString();
    }

    /** The id of the request this thread works for, if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * This thread works for {@code id} until the scope is closed (then for what it worked for before); a null or
     * malformed id clears it for the scope.
     */
    public static Scope open(String id) {
        String before = CURRENT.get();
        if (isWellFormed(id)) {
            CURRENT.set(id);
        } else {
            CURRENT.remove();
        }
        return () -> {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        };
    }

    /** The span of work done for one request id. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
