package org.concord.domain.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.UUID;

/**
 * An imported ISO 20022 camt.053 statement of the Center's account. A statement is identified by the account's IBAN
 * and the bank's statement id: the same statement is imported once, whoever tries again.
 */
@Entity
@Table(name = "bank_statement", uniqueConstraints = @UniqueConstraint(columnNames = {"account_iban", "statement_ref"}))
@NamedQuery(name = "BankStatement.byIdentity", query = """
        select s from BankStatement s where s.accountIban = :iban and s.statementRef = :ref""")
@NamedQuery(
        name = "BankStatement.ofImport",
        query = "select s from BankStatement s where s.importRunId = :run order by s.statementRef")
@NamedQuery(name = "BankStatement.recent", query = "select s from BankStatement s order by s.importedAt desc")
public class BankStatement {

    @Id
    private UUID id;

    @Column(name = "account_iban", nullable = false, length = 34)
    private String accountIban;

    @Column(name = "statement_ref", nullable = false, length = 35)
    private String statementRef;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 254)
    private String importedBy;

    /** The background import that wrote this statement (issue 24), or null for one imported within a request. */
    @Column(name = "import_run_id", updatable = false)
    private UUID importRunId;

    protected BankStatement() {}

    public BankStatement(String accountIban, String statementRef, String importedBy, Instant importedAt) {
        this(accountIban, statementRef, importedBy, importedAt, null);
    }

    /** A statement written by the background import {@code importRun} (issue 24), or by none if null. */
    public BankStatement(
            String accountIban, String statementRef, String importedBy, Instant importedAt, UUID importRun) {
        this.importRunId = importRun;
        this.id = UUID.randomUUID();
        this.accountIban = accountIban;
        this.statementRef = statementRef;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public UUID id() {
        return id;
    }

    public String accountIban() {
        return accountIban;
    }

    public String statementRef() {
        return statementRef;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }
}
