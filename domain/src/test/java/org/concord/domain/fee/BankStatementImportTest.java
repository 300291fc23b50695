package org.concord.domain.fee;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * A bank-statement import in the background (issue 24, R-17.5): queued with its document, done with its counts and
 * the statements found imported before, or failed with its refusal; the document is not kept once it is over.
 */
class BankStatementImportTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final byte[] XML = "<Document/>".getBytes(StandardCharsets.UTF_8);

    private BankStatementImport queued(int credits) {
        return BankStatementImport.request(XML, credits, "staff@concord.test", NOW);
    }

    @Test
    void aQueuedImportKeepsItsDocumentAndHasDoneNothing_R17_5() {
        BankStatementImport run = queued(5);
        assertEquals(BankStatementImport.State.QUEUED, run.state());
        assertTrue(run.state().active());
        assertArrayEquals(XML, run.document());
        assertEquals(5, run.creditsTotal());
        assertEquals(0, run.creditsDone());
        assertEquals(0, run.percent());
        assertTrue(run.error().isEmpty());
    }

    @Test
    void anEmptyDocumentIsRefusedWithItsRuleAndField_R17_5() {
        RuleViolation empty = assertThrows(
                RuleViolation.class, () -> BankStatementImport.request(new byte[0], 0, "staff@concord.test", NOW));
        assertEquals("R-17.5", empty.ruleId());
        assertEquals("/statement", empty.field());
    }

    @Test
    void aDoneImportCountsEveryCreditNamesTheKnownStatementsAndDropsItsDocument_R17_5() {
        BankStatementImport run = queued(5);
        run.finish(1, 4, List.of("STMT-1", "STMT-2"), NOW.plusSeconds(3));
        assertEquals(BankStatementImport.State.DONE, run.state());
        assertFalse(run.state().active());
        assertEquals(100, run.percent());
        assertEquals(5, run.creditsDone());
        assertEquals(List.of("STMT-1", "STMT-2"), run.knownStatements());
        assertEquals(NOW.plusSeconds(3), run.finishedAt().orElseThrow());
        assertThrows(IllegalStateException.class, run::document, "the payers' names are not kept");
        assertThrows(IllegalStateException.class, () -> run.fail(new RuleViolation("R-17.5", null, "x"), NOW));
    }

    @Test
    void aStatementImportedByOthersMeanwhileIsNotCountedAsDone_R17_5() {
        BankStatementImport run = queued(5);
        run.finish(0, 2, List.of("STMT-1"), NOW);
        assertEquals(2, run.creditsTotal());
        assertEquals(2, run.creditsDone());
        assertThrows(IllegalArgumentException.class, () -> queued(1).finish(-1, 2, List.of(), NOW));
    }

    @Test
    void aFailedImportKeepsItsRuleFieldAndMessageAndNothingElse_R17_5() {
        BankStatementImport run = queued(2);
        run.fail(new RuleViolation("R-17.5", "/statement", "rule.import.otherAccount", "S-1", "DE89"), NOW);
        assertEquals(BankStatementImport.State.FAILED, run.state());
        RuleViolation error = run.error().orElseThrow();
        assertEquals("R-17.5", error.ruleId());
        assertEquals("/statement", error.field());
        assertEquals("rule.import.otherAccount", error.messageKey());
        assertEquals(List.of("S-1", "DE89"), error.arguments());
        assertEquals(0, run.matched());
        assertThrows(IllegalStateException.class, run::document);
    }

    @Test
    void anImportSilentForFiveMinutesIsAbandonedAndFailedClosed() {
        BankStatementImport run = queued(1);
        assertFalse(run.stale(NOW.plus(BankStatementImport.STALE)));
        assertThrows(IllegalStateException.class, () -> run.abandon(NOW.plusSeconds(10)), "alive");
        Instant later = NOW.plus(BankStatementImport.STALE).plusSeconds(1);
        assertTrue(run.stale(later));
        run.abandon(later);
        assertEquals(BankStatementImport.State.FAILED, run.state());
        assertEquals("payments.run.interrupted", run.error().orElseThrow().messageKey());
        assertFalse(run.stale(later.plus(BankStatementImport.STALE).plusSeconds(1)), "over: no longer stale");
    }
}
