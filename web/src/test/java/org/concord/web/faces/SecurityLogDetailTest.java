package org.concord.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 24, R-SEC.7: the security log keeps machine-readable details; its page shows their dates and codes in words. */
class SecurityLogDetailTest {

    private static final Map<String, String> LABELS = Map.of(
            "role.CENTER_STAFF", "Case manager",
            "tokens.scopeShort.READ", "Read",
            "tokens.scopeShort.FILE", "File");

    @Test
    void anInstantIsGenevaTimeAndACodeItsLabel_issue24() {
        assertEquals(
                "token=8f1c scopes=Read + File expires=5 Dec 2026, 22:32 CET",
                SecurityLogBacking.detail(
                        "token=8f1c scopes=READ,FILE expires=2026-12-05T21:32:39.135425Z",
                        Locale.ENGLISH,
                        LABELS::get));
        assertEquals("role=Case manager", SecurityLogBacking.detail("role=CENTER_STAFF", Locale.ENGLISH, LABELS::get));
        assertEquals(
                "via=password,factor=pending",
                SecurityLogBacking.detail("via=password,factor=pending", Locale.ENGLISH, LABELS::get));
        assertEquals("", SecurityLogBacking.detail(null, Locale.ENGLISH, LABELS::get));
    }
}
