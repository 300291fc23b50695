package org.concord.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 24, R-C1, R-13.1: an inbox entry is its owner's alone, and read from the first time it is opened. */
class InboxEntryTest {

    private static final Instant QUEUED = Instant.parse("2026-12-06T08:00:00Z");
    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID SOMEONE_ELSE = UUID.randomUUID();

    private static InboxEntry entry() {
        return new InboxEntry(OWNER, "Concord: Procedure DCTI-7KQ9-M3XD commenced", "Open https://x/p", QUEUED);
    }

    @Test
    @DisplayName("R-C1: the entry holds the mail's subject and text, unread")
    void holdsTheMailUnread_R_C1() {
        InboxEntry entry = entry();
        assertEquals("Concord: Procedure DCTI-7KQ9-M3XD commenced", entry.subject());
        assertEquals("Open https://x/p", entry.body());
        assertEquals(QUEUED, entry.createdAt());
        assertFalse(entry.isRead());
        assertNull(entry.readAt());
    }

    @Test
    @DisplayName("R-13.1: the owner may read the entry; anyone else is told it does not exist")
    void onlyTheOwnerMayRead_R_13_1() {
        InboxEntry entry = entry();
        assertTrue(entry.mayRead(OWNER));
        assertFalse(entry.mayRead(SOMEONE_ELSE));
        assertFalse(entry.mayRead(null));
        entry.requireReadableBy(OWNER);
        assertThrows(NotFound.class, () -> entry.requireReadableBy(SOMEONE_ELSE));
    }

    @Test
    @DisplayName("R-13.1: where mayRead says no, marking read is refused as NotFound and changes nothing")
    void someoneElseCannotMarkRead_R_13_1() {
        InboxEntry entry = entry();
        assertThrows(NotFound.class, () -> entry.markRead(SOMEONE_ELSE, QUEUED.plusSeconds(60)));
        assertFalse(entry.isRead());
    }

    @Test
    @DisplayName("Issue 24: opened the first time, the entry is read then; opening it again keeps that instant")
    void readFromTheFirstOpening() {
        InboxEntry entry = entry();
        entry.markRead(OWNER, QUEUED.plusSeconds(60));
        entry.markRead(OWNER, QUEUED.plusSeconds(120));
        assertTrue(entry.isRead());
        assertEquals(QUEUED.plusSeconds(60), entry.readAt());
    }
}
