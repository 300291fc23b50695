package org.concord.web.faces;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * R-OPS.3: the retention page's lists before its view action has loaded them. A postback (the header's language
 * switch or sign-out) decodes the page's repeats in Apply Request Values, before the view action of Invoke
 * Application: the lists are then empty, not missing (a page walk, issue 24, found the page answering 500 there).
 */
class RetentionBackingTest {

    @Test
    void listsAreEmptyNotMissingBeforeTheViewActionLoadsThem_ROPS3() {
        RetentionBacking page = new RetentionBacking();
        assertTrue(page.getDue().isEmpty(), "due");
        assertTrue(page.getErasures().isEmpty(), "erasures");
        assertFalse(page.isHasNext(), "no next page");
        assertFalse(page.isHasPrevious(), "first page");
    }
}
