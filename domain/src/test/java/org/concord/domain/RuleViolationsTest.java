package org.concord.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one way the domain names several refusals of one submission at once (issue 21). */
class RuleViolationsTest {

    @Test
    void nothingFoundRefusesNothing() {
        assertDoesNotThrow(() -> new RuleViolations.Collector("R-ACC.1").requireNone());
    }

    @Test
    void oneRefusalIsThrownAsItself() {
        RuleViolation only = new RuleViolation("R-ACC.1", "/name", "rule.registration.name");
        RuleViolations.Collector refused = new RuleViolations.Collector("R-ACC.1").refuse(only);
        assertSame(only, assertThrows(RuleViolation.class, refused::requireNone));
    }

    @Test
    void everyCheckRunsAndNestedRefusalsAreFlattened() {
        RuleViolations.Collector inner = new RuleViolations.Collector("R-ACC.4")
                .refuse(new RuleViolation("R-ACC.4", "/password", "rule.password.weak", "reason"))
                .refuse(new RuleViolation("R-ACC.4", "/repeatPassword", "rule.password.mismatch"));
        RuleViolations.Collector outer = new RuleViolations.Collector("R-ACC.1")
                .check(() -> {
                    throw new RuleViolation("R-ACC.1", "/email", "rule.registration.email");
                })
                .check(inner::requireNone)
                .check(() -> {});
        assertTrue(outer.refuses("/repeatPassword"));
        RuleViolations all =
                assertInstanceOf(RuleViolations.class, assertThrows(RuleViolation.class, outer::requireNone));
        assertEquals(
                List.of("/email", "/password", "/repeatPassword"),
                all.violations().stream().map(RuleViolation::field).toList());
        assertEquals("R-ACC.1", all.ruleId());
        assertEquals("/email", all.field());
        assertEquals(List.of("reason"), all.violations().get(1).arguments());
    }
}
