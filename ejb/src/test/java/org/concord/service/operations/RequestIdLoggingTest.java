package org.concord.service.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ListResourceBundle;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/** Issue 25, R-OPS.1: the request id, accepted from the proxy only when safe, and carried by each log line once. */
class RequestIdLoggingTest {

    private final RequestIdLogging.Tagging tagging = new RequestIdLogging.Tagging(null);

    @Test
    void aSafeIdFromTheProxyIsKeptAnUnsafeOneReplaced_ROPS1() {
        assertEquals("edge-7f3a:01", RequestId.acceptOrMake("edge-7f3a:01"));
        for (String unsafe : new String[] {null, "", "a b", "x\r\nFAKE LINE", "<script>", "é", "x".repeat(65)}) {
            String made = RequestId.acceptOrMake(unsafe);
            assertNotEquals(unsafe, made);
            assertEquals(made, UUID.fromString(made).toString(), "a random UUID instead of " + unsafe);
        }
    }

    @Test
    void aLineWrittenDuringARequestStartsWithItsIdOnce_ROPS1() {
        LogRecord record = new LogRecord(Level.WARNING, "Mail {0} not sent");
        record.setParameters(new Object[] {"m-1"});
        try (RequestId.Scope scope = RequestId.open("proxy-42")) {
            assertTrue(tagging.isLoggable(record));
            assertTrue(tagging.isLoggable(record), "a second handler sees the same record");
        }
        assertEquals("[request-id=proxy-42] Mail m-1 not sent", new SimpleFormatter().formatMessage(record));
        assertEquals(Optional.empty(), RequestId.current(), "the scope ends with the request");
    }

    @Test
    void aBundleKeyIsLookedUpBeforeTheIdIsPutInFront_ROPS1() {
        LogRecord record = new LogRecord(Level.INFO, "AS-WEB-1");
        record.setResourceBundle(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"AS-WEB-1", "Servlet {0} failed"}};
            }
        });
        record.setParameters(new Object[] {"Faces"});
        try (RequestId.Scope scope = RequestId.open("r-1")) {
            tagging.isLoggable(record);
        }
        assertEquals("[request-id=r-1] Servlet Faces failed", new SimpleFormatter().formatMessage(record));
    }

    @Test
    void outsideARequestALineIsLeftAlone() {
        LogRecord record = new LogRecord(Level.INFO, "Database schema at version 40");
        assertTrue(tagging.isLoggable(record));
        assertEquals("Database schema at version 40", record.getMessage());
        try (RequestId.Scope outer = RequestId.open("outer")) {
            try (RequestId.Scope inner = RequestId.open("x y")) {
                assertFalse(RequestId.current().isPresent(), "a malformed id is no id");
            }
            assertEquals(Optional.of("outer"), RequestId.current(), "the outer request's again");
        }
    }
}
