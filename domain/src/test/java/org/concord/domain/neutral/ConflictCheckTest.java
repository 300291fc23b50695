package org.concord.domain.neutral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.concord.domain.procedure.Conflict;
import org.concord.domain.procedure.PartyName;
import org.concord.domain.procedure.PartySide;
import org.junit.jupiter.api.Test;

/** declared relationships and the Center's own records against a Procedure's sides. */
class ConflictCheckTest {

    private static final List<PartySide> SIDES = List.of(
            PartySide.of(PartySide.Kind.PLATFORM, "Streamly Ltd", "legal@streamly.example"),
            PartySide.of(PartySide.Kind.PARTY, "Bob Becker Records GmbH", "bob@gmail.com"),
            PartySide.of(
                    PartySide.Kind.REPRESENTATIVE, "Müller & Partner Rechtsanwälte", "office@mueller-law.example"));

    @Test
    void namesCompareWithoutCaseAccentsPunctuationOrLegalForms() {
        assertTrue(PartyName.same("STREAMLY LIMITED", "Streamly Ltd."));
        assertTrue(PartyName.same("Bécker Records", "Bob Becker Records GmbH"), "words in a row within the longer");
        assertFalse(
                PartyName.same("Mueller & Partner", "Müller & Partner Rechtsanwälte"),
                "ü is u, not ue: transliterations are not guessed");
        assertFalse(PartyName.same("Bob", "Bob Becker Records GmbH"), "too short to match a part");
        assertFalse(PartyName.same("Records Becker", "Bob Becker Records"), "words out of order");
        assertEquals(Optional.of("streamly.example"), PartyName.domainOf("Legal@Streamly.Example"));
        assertEquals(Optional.empty(), PartyName.domainOf("bob@gmail.com"), "a public mailbox says nothing");
        assertEquals("Claire Dubois", PartyName.leadingName("Claire Dubois, Dubois Avocats <cd@dubois.example>"));
        assertEquals("cd@dubois.example", PartyName.emailIn("Claire Dubois, Dubois Avocats <cd@dubois.example>"));
    }

    @Test
    void aDeclaredRelationshipMatchesByNameOrDomain_R9() {
        List<Conflict> found = new ConflictCheck(SIDES)
                .of(
                        List.of(
                                new Relationship(Relationship.Kind.PAST_CLIENT, "Streamly", null),
                                new Relationship(Relationship.Kind.LAW_FIRM, "M&P", "mueller-law.example"),
                                new Relationship(
                                        Relationship.Kind.ORGANISATION, "Gmail users association", "gmail.com")),
                        List.of());
        assertEquals(2, found.size(), found.toString());
        assertEquals(Conflict.Basis.NAME, found.get(0).basis());
        assertEquals(PartySide.Kind.PLATFORM, found.get(0).sideKind());
        assertEquals("PAST_CLIENT: Streamly", found.get(0).subject());
        assertEquals(Conflict.Basis.EMAIL_DOMAIN, found.get(1).basis());
        assertEquals("Müller & Partner Rechtsanwälte", found.get(1).sideName());
    }

    @Test
    void theCentersRecordsFindWhatWasNotDeclared_R9() {
        CenterRecord asRepresentative = new CenterRecord(
                "DCTI-2026-ABCD",
                PartySide.Kind.REPRESENTATIVE,
                List.of(
                        PartySide.of(PartySide.Kind.PLATFORM, "Other Platform", null),
                        PartySide.of(PartySide.Kind.PARTY, "Becker Records", "info@becker-records.example"),
                        PartySide.of(PartySide.Kind.REPRESENTATIVE, "Claire Dubois", null)));
        List<Conflict> found = new ConflictCheck(SIDES).of(List.of(), List.of(asRepresentative));
        assertEquals(1, found.size(), found.toString());
        Conflict conflict = found.get(0);
        assertEquals(Conflict.Source.CENTER_RECORDS, conflict.source());
        assertEquals("DCTI-2026-ABCD, as representative: Becker Records", conflict.subject());
        assertEquals("Bob Becker Records GmbH", conflict.sideName());
        assertTrue(conflict.describe().startsWith("Center record DCTI-2026-ABCD"));
    }

    @Test
    void noMatchNoConflict_R9() {
        assertEquals(
                List.of(),
                new ConflictCheck(SIDES)
                        .of(
                                List.of(new Relationship(Relationship.Kind.PLATFORM, "Videoly", "videoly.example")),
                                List.of(new CenterRecord(
                                        "DCTI-2026-WXYZ",
                                        PartySide.Kind.PARTY,
                                        List.of(PartySide.of(
                                                PartySide.Kind.PLATFORM, "Videoly", "legal@videoly.example"))))));
    }
}
