package org.concord.service.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concord.domain.fee.PaymentReference;
import org.concord.domain.fee.StatementCredit;
import org.junit.jupiter.api.Test;

/** Reading ISO 20022 camt.053 statements: the credits and their references, or where the document is wrong. */
class Camt053Test {

    private static final Optional<PaymentReference> REF = PaymentReference.parse("RF18539007547034");

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = Camt053Test.class.getResourceAsStream("/camt053/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsBookedCreditsWithTheirReferencesAndSkipsDebitsAndPendingEntries() throws IOException {
        List<Camt053.Statement> statements = Camt053.read(fixture("statement-v08.xml"));
        assertEquals(1, statements.size());
        Camt053.Statement statement = statements.get(0);
        assertEquals("CH9300762011623852957", statement.iban());
        assertEquals("2026-11-20-CH9300762011623852957", statement.id());
        List<StatementCredit> credits = statement.credits();
        assertEquals(3, credits.size(), "one single credit and a batch of two; the debit and the pending skipped");

        StatementCredit first = credits.get(0);
        assertEquals("BANK-0001", first.entryRef());
        assertEquals(new BigDecimal("50.00"), first.amount());
        assertEquals("EUR", first.currency());
        assertEquals(LocalDate.parse("2026-11-20"), first.bookingDate());
        assertEquals(LocalDate.parse("2026-11-19"), first.valueDate());
        assertEquals("Alice Martin", first.debtorName());
        assertEquals(REF, first.reference(), "structured creditor reference");

        StatementCredit batchA = credits.get(1);
        assertEquals("BANK-0004-A", batchA.entryRef());
        assertEquals(new BigDecimal("300.00"), batchA.amount());
        assertEquals(REF, batchA.reference(), "found in the unstructured text");
        assertEquals(LocalDate.parse("2026-11-21"), batchA.bookingDate(), "23:30 UTC is the 21st in Geneva");
        StatementCredit batchB = credits.get(2);
        assertEquals("BANK-0004/2", batchB.entryRef(), "the entry's reference and the transaction's position");
        assertEquals(Optional.empty(), batchB.reference());
    }

    @Test
    void readsTheOlderVersion002() throws IOException {
        StatementCredit credit =
                Camt053.read(fixture("statement-v02.xml")).get(0).credits().get(0);
        assertEquals(new BigDecimal("49.50"), credit.amount());
        assertEquals("Bob Becker Records GmbH", credit.debtorName());
        assertEquals(REF, credit.reference());
        assertEquals(
                "CH9300762011623852957",
                Camt053.read(fixture("statement-v02.xml")).get(0).iban());
    }

    @Test
    void aBrokenAmountIsReportedWithItsLineAndElement() throws IOException {
        String xml = new String(fixture("statement-v08.xml"), StandardCharsets.UTF_8)
                .replace(
                        "<Amt Ccy=\"EUR\">300.00</Amt>\n        <CdtDbtInd>CRDT</CdtDbtInd>\n        <Sts><Cd>PDNG",
                        "<Amt Ccy=\"EUR\">3OO.00</Amt>\n        <CdtDbtInd>CRDT</CdtDbtInd>\n        <Sts><Cd>PDNG");
        MalformedStatement e =
                assertThrows(MalformedStatement.class, () -> Camt053.read(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Amt", e.element());
        assertEquals(52, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("3OO.00"));
    }

    @Test
    void wrongDocumentsAreRefusedWithWhereAndWhat() {
        MalformedStatement notXml = assertThrows(
                MalformedStatement.class, () -> Camt053.read("<Document><Stmt>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, notXml.line());
        MalformedStatement pain = assertThrows(
                MalformedStatement.class,
                () -> Camt053.read("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"/>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("Document", pain.element());
        MalformedStatement noIban =
                assertThrows(MalformedStatement.class, () -> Camt053.read(("""
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
                <Stmt><Id>X</Id></Stmt></BkToCstmrStmt></Document>""").getBytes(StandardCharsets.UTF_8)));
        assertEquals("Stmt", noIban.element());
        assertEquals(2, noIban.line());
        MalformedStatement currency =
                assertThrows(MalformedStatement.class, () -> Camt053.read(("""
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Id>X</Id>
                <Acct><Id><IBAN>CH9300762011623852957</IBAN></Id></Acct>
                <Ntry><Amt Ccy="euro">5</Amt></Ntry></Stmt></BkToCstmrStmt></Document>""").getBytes(StandardCharsets.UTF_8)));
        assertEquals("Amt", currency.element());
        assertEquals(3, currency.line());
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Id>&x;</Id>
                </Stmt></BkToCstmrStmt></Document>""";
        assertThrows(MalformedStatement.class, () -> Camt053.read(xxe.getBytes(StandardCharsets.UTF_8)));
    }
}
