package org.concord.service.fee;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concord.domain.fee.PaymentReference;
import org.concord.domain.fee.StatementCredit;
import org.concord.domain.time.GenevaTime;

/**
 * Reads the credits of an ISO 20022 camt.053 (Bank-to-Customer Statement) document, versions 001.02 to 001.13: per
 * statement its id and account IBAN, and per booked credit entry (or per transaction of a batch entry) the amount,
 * currency, dates, the bank's reference, the debtor and the remittance information with its RF reference (structured
 * creditor reference first, unstructured text otherwise). Debits, pending and reversed entries are not fee payments
 * and are skipped. Anything else that does not fit the standard's structure is reported with its line and element.
 * No DTD, no external entities.
 */
public final class Camt053 {

    private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int MAX_REMITTANCE = 500;
    private static final int MAX_NAME = 140;
    private static final int MAX_REF = 35;

    /** One statement of the document: the account, the bank's statement id and its credits. */
    public record Statement(String iban, String id, List<StatementCredit> credits) {}

    private Camt053() {}

    public static List<Statement> read(byte[] xml) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            return new Reading(reader).statements();
        } catch (XMLStreamException broken) {
            Location at = broken.getLocation();
            throw new MalformedStatement(
                    at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber(),
                    null,
                    "statement.xml",
                    broken.getMessage().replaceAll("(?s).*Message: ", ""));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond the byte array
                }
            }
        }
    }

    /** One pass over the document, keeping the path of open elements. */
    private static final class Reading {

        private final XMLStreamReader xml;
        private final Deque<String> path = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Statement> statements = new ArrayList<>();
        private StatementBuilder statement;
        private EntryBuilder entry;
        private Transaction transaction;
        private String currencyAttribute;
        private int elementLine;
        private int elementColumn;

        Reading(XMLStreamReader xml) {
            this.xml = xml;
        }

        List<Statement> statements() throws XMLStreamException {
            boolean root = true;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        elementLine = xml.getLocation().getLineNumber();
                        elementColumn = xml.getLocation().getColumnNumber();
                        if (root) {
                            checkRoot();
                            root = false;
                        }
                        start(xml.getLocalName());
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
                    default -> {
                        // comments, processing instructions, whitespace outside elements
                    }
                }
            }
            if (statements.isEmpty()) {
                throw new MalformedStatement(xml.getLocation().getLineNumber(), 0, "Stmt", "statement.none");
            }
            return statements;
        }

        private void checkRoot() {
            String namespace = xml.getNamespaceURI();
            if (!"Document".equals(xml.getLocalName())
                    || namespace == null
                    || !namespace.startsWith(NAMESPACE_PREFIX)) {
                throw error(xml.getLocalName(), "statement.notCamt053", NAMESPACE_PREFIX);
            }
        }

        private void start(String name) {
            path.push(name);
            text.setLength(0);
            switch (name) {
                case "Stmt" -> statement = new StatementBuilder(elementLine, elementColumn);
                case "Ntry" -> entry = new EntryBuilder(elementLine, elementColumn);
                case "TxDtls" -> {
                    if (entry != null) {
                        transaction = new Transaction();
                    }
                }
                case "Amt" -> currencyAttribute = xml.getAttributeValue(null, "Ccy");
                default -> {}
            }
        }

        private void end(String name) {
            String value = text.toString().strip();
            text.setLength(0);
            String where = String.join("/", reversed());
            if (statement != null) {
                read(name, where, value);
            }
            path.pop();
        }

        private List<String> reversed() {
            List<String> names = new ArrayList<>(path);
            Collections.reverse(names);
            return names;
        }

        private void read(String name, String where, String value) {
            if (transaction != null) {
                readTransaction(name, where, value);
            } else if (entry != null) {
                readEntry(name, where, value);
            } else if (where.endsWith("Stmt/Id")) {
                statement.id = value;
            } else if (where.endsWith("Stmt/Acct/Id/IBAN")) {
                statement.iban = value.replace(" ", "");
            } else if ("Stmt".equals(name)) {
                statements.add(statement.build());
                statement = null;
            }
        }

        private void readEntry(String name, String where, String value) {
            if (where.endsWith("Ntry/Amt")) {
                entry.amount = amount(value);
                entry.currency = currency();
            } else if (where.endsWith("Ntry/CdtDbtInd")) {
                if (!value.equals("CRDT") && !value.equals("DBIT")) {
                    throw error(name, "statement.direction", value);
                }
                entry.credit = value.equals("CRDT");
            } else if (where.endsWith("Ntry/RvslInd")) {
                entry.reversal = Boolean.parseBoolean(value);
            } else if (where.endsWith("Ntry/Sts") || where.endsWith("Ntry/Sts/Cd")) {
                if (!value.isEmpty()) {
                    entry.status = value;
                }
            } else if (where.endsWith("Ntry/BookgDt/Dt") || where.endsWith("Ntry/BookgDt/DtTm")) {
                entry.bookingDate = date(name, value);
            } else if (where.endsWith("Ntry/ValDt/Dt") || where.endsWith("Ntry/ValDt/DtTm")) {
                entry.valueDate = date(name, value);
            } else if (where.endsWith("Ntry/AcctSvcrRef")) {
                entry.bankRef = value;
            } else if (where.endsWith("Ntry/NtryRef")) {
                entry.entryRef = value;
            } else if ("Ntry".equals(name)) {
                statement.credits.addAll(entry.credits());
                entry = null;
            }
        }

        private void readTransaction(String name, String where, String value) {
            if (where.endsWith("TxDtls/Amt") || where.endsWith("TxDtls/AmtDtls/TxAmt/Amt")) {
                transaction.amount = amount(value);
                transaction.currency = currency();
            } else if (where.endsWith("TxDtls/Refs/AcctSvcrRef")) {
                transaction.bankRef = value;
            } else if (where.endsWith("RltdPties/Dbtr/Nm") || where.endsWith("RltdPties/Dbtr/Pty/Nm")) {
                transaction.debtor = value;
            } else if (where.endsWith("RmtInf/Ustrd")) {
                transaction.unstructured.add(value);
            } else if (where.endsWith("RmtInf/Strd/CdtrRefInf/Ref")) {
                transaction.structured = value;
            } else if ("TxDtls".equals(name)) {
                entry.transactions.add(transaction);
                transaction = null;
            }
        }

        private BigDecimal amount(String value) {
            try {
                BigDecimal amount = new BigDecimal(value);
                if (amount.signum() <= 0) {
                    throw error("Amt", "statement.amountSign", value);
                }
                return amount;
            } catch (NumberFormatException e) {
                throw error("Amt", "statement.amount", value);
            }
        }

        private String currency() {
            if (currencyAttribute == null
                    || !CURRENCY.matcher(currencyAttribute).matches()) {
                throw error("Amt", "statement.currency", currencyAttribute);
            }
            return currencyAttribute;
        }

        private LocalDate date(String name, String value) {
            try {
                return name.equals("DtTm")
                        ? GenevaTime.dateOf(OffsetDateTime.parse(value).toInstant())
                        : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(name, name.equals("DtTm") ? "statement.dateTime" : "statement.date", value);
            }
        }

        private MalformedStatement error(String element, String messageKey, Object... arguments) {
            return new MalformedStatement(elementLine, elementColumn, element, messageKey, arguments);
        }

        /** A statement being read. */
        private final class StatementBuilder {
            private final int line;
            private final int column;
            private String id;
            private String iban;
            private final List<StatementCredit> credits = new ArrayList<>();

            StatementBuilder(int line, int column) {
                this.line = line;
                this.column = column;
            }

            Statement build() {
                if (id == null || id.isEmpty()) {
                    throw new MalformedStatement(line, column, "Stmt", "statement.noId");
                }
                if (iban == null || iban.isEmpty()) {
                    throw new MalformedStatement(line, column, "Stmt", "statement.noIban");
                }
                return new Statement(iban, truncate(id, MAX_REF), List.copyOf(credits));
            }
        }

        /** An entry being read, with its transactions. */
        private final class EntryBuilder {
            private final int line;
            private final int column;
            private BigDecimal amount;
            private String currency;
            private Boolean credit;
            private boolean reversal;
            private String status;
            private LocalDate bookingDate;
            private LocalDate valueDate;
            private String bankRef;
            private String entryRef;
            private final List<Transaction> transactions = new ArrayList<>();

            EntryBuilder(int line, int column) {
                this.line = line;
                this.column = column;
            }

            List<StatementCredit> credits() {
                require(amount != null, "Amt");
                require(credit != null, "CdtDbtInd");
                if (!credit || reversal || !"BOOK".equals(status)) {
                    return List.of();
                }
                require(bookingDate != null, "BookgDt");
                String reference = bankRef != null ? bankRef : entryRef;
                if (transactions.size() <= 1) {
                    Transaction only = transactions.isEmpty() ? new Transaction() : transactions.get(0);
                    return List.of(only.credit(
                            only.bankRef != null ? only.bankRef : reference, amount, currency, bookingDate, valueDate));
                }
                List<StatementCredit> batch = new ArrayList<>();
                for (int i = 0; i < transactions.size(); i++) {
                    Transaction t = transactions.get(i);
                    if (t.amount == null) {
                        throw new MalformedStatement(line, column, "TxDtls", "statement.batchAmount");
                    }
                    String ref = t.bankRef != null ? t.bankRef : reference == null ? null : reference + "/" + (i + 1);
                    batch.add(t.credit(ref, t.amount, t.currency, bookingDate, valueDate));
                }
                return batch;
            }

            private void require(boolean present, String element) {
                if (!present) {
                    throw new MalformedStatement(line, column, "Ntry", "statement.entryMissing", element);
                }
            }
        }
    }

    /** The details of one transaction of an entry. */
    private static final class Transaction {
        private BigDecimal amount;
        private String currency;
        private String bankRef;
        private String debtor;
        private String structured;
        private final List<String> unstructured = new ArrayList<>();

        StatementCredit credit(
                String ref, BigDecimal entryAmount, String entryCurrency, LocalDate booked, LocalDate value) {
            String remittance = structured != null ? structured : String.join(" ", unstructured);
            Optional<PaymentReference> reference = PaymentReference.parse(structured)
                    .or(() -> PaymentReference.findIn(String.join(" ", unstructured)));
            return new StatementCredit(
                    truncate(ref, MAX_REF),
                    entryAmount,
                    entryCurrency,
                    booked,
                    value != null ? value : booked,
                    truncate(debtor, MAX_NAME),
                    truncate(remittance.isBlank() ? null : remittance, MAX_REMITTANCE),
                    reference);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
