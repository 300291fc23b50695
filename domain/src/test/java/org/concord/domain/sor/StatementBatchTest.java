package org.concord.domain.sor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.BackgroundRun;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.junit.jupiter.api.Test;

/** Issue 24, R-SOR.1: a portal batch of Statements of Reasons stored in the background. */
class StatementBatchTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final String JSON = "{\"statements\":[{},{}]}";

    private StatementBatch queued() {
        return StatementBatch.request(JSON, 2, "alice@example.org", NOW);
    }

    @Test
    void aQueuedBatchKeepsItsDocumentAndHasStoredNothing_RSOR1() {
        StatementBatch batch = queued();
        assertEquals(BackgroundRun.State.QUEUED, batch.state());
        assertEquals(JSON, batch.document());
        assertEquals(2, batch.statementsTotal());
        assertEquals(0, batch.statementsDone());
        assertEquals(0, batch.percent());
    }

    @Test
    void anEmptyBatchIsRefusedWithItsRule_RSOR1() {
        RuleViolation empty =
                assertThrows(RuleViolation.class, () -> StatementBatch.request(" ", 1, "alice@example.org", NOW));
        assertEquals("R-SOR.1", empty.ruleId());
        assertEquals("sor.run.empty", empty.messageKey());
    }

    @Test
    void onlyWhoUploadedItSeesTheBatch_RSOR1() {
        StatementBatch batch = queued();
        assertTrue(batch.mayBeSeenBy("alice@example.org"));
        assertFalse(batch.mayBeSeenBy("bob@example.org"));
        assertFalse(batch.mayBeSeenBy("ALICE@example.org"));
    }

    @Test
    void aDoneBatchCountsEveryStatementAndDropsItsDocument_RSOR1() {
        StatementBatch batch = queued();
        batch.finish(NOW.plusSeconds(2));
        assertEquals(BackgroundRun.State.DONE, batch.state());
        assertEquals(2, batch.statementsDone());
        assertEquals(100, batch.percent());
        assertThrows(IllegalStateException.class, batch::document);
        assertThrows(IllegalStateException.class, () -> batch.finish(NOW.plusSeconds(3)));
    }

    @Test
    void aSilentBatchIsAbandonedAndFailsClosed_RSOR1() {
        StatementBatch batch = queued();
        assertFalse(batch.stale(NOW.plus(BackgroundRun.STALE)));
        Instant later = NOW.plus(BackgroundRun.STALE).plusSeconds(1);
        assertTrue(batch.stale(later));
        batch.abandon(later);
        assertEquals(BackgroundRun.State.FAILED, batch.state());
        assertEquals("sor.run.interrupted", batch.error().orElseThrow().messageKey());
        assertThrows(IllegalStateException.class, batch::document);
    }

    @Test
    void aStatementNamesTheBatchThatStoredItAndItsPositionOnce_RSOR1() {
        UserAccount alice = new UserAccount("alice@example.org", "Alice", "h", Set.of(Role.PARTY), Locale.ENGLISH, NOW);
        List<StatementOfReasons> read = StatementImport.read(
                        StatementImportTest.fixture("example_multi_statements.json"), alice, NOW)
                .statements();
        StatementBatch batch = StatementBatch.request(JSON, read.size(), "alice@example.org", NOW);
        read.get(1).storedBy(batch, 1);
        assertEquals(1, read.get(1).batchPosition().orElseThrow());
        assertTrue(read.get(0).batchPosition().isEmpty());
        assertThrows(IllegalStateException.class, () -> read.get(1).storedBy(batch, 2));
    }
}
