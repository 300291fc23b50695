package org.concord.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 24: the crawl's text checks find what the issue saw on pages, and not what pages show on purpose. */
class RawTextTest {

    @Test
    void findsMissingKeysIsoInstantsAndEnumConstants_issue24() {
        assertEquals(
                // The missing key carries Filing.Kind.RESOLUTION: both are reported.
                List.of("text missing from the bundles: ???filing.RESOLUTION???", "enum constant: RESOLUTION"),
                RawText.findings("Filed: ???filing.RESOLUTION??? by the Neutral"));
        assertEquals(
                List.of("ISO instant: 2026-12-07T22:36:13.766974943Z"),
                RawText.findings("Received 2026-12-07T22:36:13.766974943Z"));
        assertEquals(
                List.of(
                        "enum constant: MUSIC_AND_AUDIO",
                        "enum constant: STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"),
                RawText.findings(
                        "Areas: MUSIC_AND_AUDIO; category STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"));
        // A one-word constant of a Concord enum (Matter.COPYRIGHT) shown as it is.
        assertEquals(List.of("enum constant: COPYRIGHT"), RawText.findings("Matter: COPYRIGHT"));
    }

    @Test
    void acronymsDatesAndRuleIdsAreText_issue24() {
        assertEquals(
                List.of(),
                RawText.findings("Invoice (PDF), VAT 0%, IBAN CH93 0076 2011 6238 5295 7, SHA-256, R-8.2, TOTP, "
                        + "7 Dec 2026, 22:36 CET, 2026-12-07, Copyright, CSV"));
    }
}
