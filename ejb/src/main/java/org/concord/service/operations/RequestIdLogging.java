package org.concord.service.operations;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every log line written while a request is handled starts with {@code [request-id=…]} (issue 25, R-OPS.1), whoever
 * writes it (Concord or the server). Payara logs through java.util.logging, whose formatters know no mapped diagnostic
 * context: a filter on the root logger's handlers, run on the thread that logs, puts the id of {@link RequestId} into
 * the message. Installed at start, removed at undeployment (the handlers' previous filters are kept and asked first).
 */
@Singleton
@Startup
public class RequestIdLogging {

    private final Map<Handler, Filter> installed = new HashMap<>();

    @PostConstruct
    void install() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            Filter previous = handler.getFilter();
            if (!(previous instanceof Tagging)) {
                installed.put(handler, previous);
                handler.setFilter(new Tagging(previous));
            }
        }
    }

    @PreDestroy
    void remove() {
        installed.forEach((handler, previous) -> {
            if (handler.getFilter() instanceof Tagging) {
                handler.setFilter(previous);
            }
        });
        installed.clear();
    }

    /** The prefix a line of request {@code id} starts with. */
    public static String prefix(String id) {
        return "[request-id=" + id + "] ";
    }

    /** Puts the current request id in front of a record's message, once (several handlers see the same record). */
    static final class Tagging implements Filter {

        private final Filter previous;

        Tagging(Filter previous) {
            this.previous = previous;
        }

        @Override
        public boolean isLoggable(LogRecord record) {
            if (previous != null && !previous.isLoggable(record)) {
                return false;
            }
            RequestId.current().ifPresent(id -> tag(record, id));
            return true;
        }

        private static void tag(LogRecord record, String id) {
            String prefix = prefix(id);
            String message = record.getMessage();
            if (message != null && message.startsWith(prefix)) {
                return;
            }
            // A message that is a key of the record's bundle is looked up first: a prefixed key would be found nowhere.
            if (message != null && record.getResourceBundle() != null) {
                try {
                    message = record.getResourceBundle().getString(message);
                    record.setResourceBundle(null);
                    record.setResourceBundleName(null);
                } catch (MissingResourceException notAKey) {
                    // the message is the text itself
                }
            }
            record.setMessage(prefix + (message == null ? "" : message));
        }
    }
}
