package org.concord.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** the hash chain holds, and every kind of tampering breaks it at the right place. */
class AuditChainTest {

    private final UUID procedure = UUID.randomUUID();

    private List<AuditEntry> chain(AuditHead head, int n) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(head.append(
                    Instant.parse("2026-11-23T10:00:00Z").plusSeconds(i),
                    "alice@example.org",
                    i % 2 == 0 ? "READ procedure" : "CHANGE answer"));
        }
        return entries;
    }

    private static void set(AuditEntry entry, String field, Object value) throws ReflectiveOperationException {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(entry, value);
    }

    @Test
    void anUntouchedChainVerifies() {
        AuditHead head = new AuditHead(procedure);
        List<AuditEntry> entries = chain(head, 5);
        assertTrue(AuditChain.verify(entries, head.head()).isEmpty());
        assertEquals(AuditEntry.GENESIS, entries.get(0).previousHash());
        assertEquals(entries.get(0).hash(), entries.get(1).previousHash());
    }

    @Test
    void aChangedActorOrActionIsFound() throws ReflectiveOperationException {
        AuditHead head = new AuditHead(procedure);
        List<AuditEntry> entries = chain(head, 5);
        set(entries.get(2), "actor", "mallory@example.org");
        assertEquals(
                new AuditChain.Break(3, "its content was changed"),
                AuditChain.verify(entries, head.head()).orElseThrow());
    }

    @Test
    void aRehashedChangeStillBreaksTheLinkAfterIt() throws ReflectiveOperationException {
        AuditHead head = new AuditHead(procedure);
        List<AuditEntry> entries = chain(head, 5);
        set(entries.get(2), "action", "READ nothing");
        set(entries.get(2), "hash", entries.get(2).computeHash());
        assertEquals(4, AuditChain.verify(entries, head.head()).orElseThrow().sequence());
    }

    @Test
    void aRemovedEntryOrATruncatedTailIsFound() {
        AuditHead head = new AuditHead(procedure);
        List<AuditEntry> entries = chain(head, 5);
        List<AuditEntry> gap = new ArrayList<>(entries);
        gap.remove(1);
        assertEquals(
                new AuditChain.Break(2, "entry 2 is missing"),
                AuditChain.verify(gap, head.head()).orElseThrow());
        List<AuditEntry> truncated = entries.subList(0, 3);
        assertEquals(
                "entries after 3 were removed",
                AuditChain.verify(truncated, head.head()).orElseThrow().reason());
    }

    /** What the erasure job does to an entry past its period (R-OPS.3): who and what are gone, the hash stays. */
    private static void erase(AuditEntry entry) throws ReflectiveOperationException {
        set(entry, "actor", "");
        set(entry, "action", "");
        set(entry, "erased", true);
    }

    @Test
    void anErasedEntryKeepsItsPlaceAndTheChainStillVerifies_ROPS3_R13_4() throws ReflectiveOperationException {
        AuditHead head = new AuditHead(procedure);
        List<AuditEntry> entries = chain(head, 5);
        for (AuditEntry entry : entries) {
            erase(entry);
        }
        assertTrue(AuditChain.verify(entries, head.head()).isEmpty());
    }

    @Test
    void anErasedEntryWithAnotherHashStillBreaksTheLinkAfterIt_ROPS3() throws ReflectiveOperationException {
        AuditHead head = new AuditHead(procedure);
        List<AuditEntry> entries = chain(head, 5);
        erase(entries.get(2));
        set(entries.get(2), "hash", "f".repeat(64));
        assertEquals(4, AuditChain.verify(entries, head.head()).orElseThrow().sequence());
    }

    @Test
    void removingAnErasedEntryIsStillFound_ROPS3() throws ReflectiveOperationException {
        AuditHead head = new AuditHead(procedure);
        List<AuditEntry> entries = chain(head, 5);
        erase(entries.get(1));
        entries.remove(1);
        assertEquals(
                new AuditChain.Break(2, "entry 2 is missing"),
                AuditChain.verify(entries, head.head()).orElseThrow());
    }

    @Test
    void aNonErasedEntryIsStillCheckedByItsContent_ROPS3() throws ReflectiveOperationException {
        AuditHead head = new AuditHead(procedure);
        List<AuditEntry> entries = chain(head, 5);
        erase(entries.get(1));
        set(entries.get(3), "actor", "mallory@example.org");
        assertEquals(
                new AuditChain.Break(4, "its content was changed"),
                AuditChain.verify(entries, head.head()).orElseThrow());
    }
}
