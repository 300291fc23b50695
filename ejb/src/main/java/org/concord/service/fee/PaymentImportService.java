package org.concord.service.fee;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.fee.BankCredit;
import org.concord.domain.fee.BankStatement;
import org.concord.domain.fee.Fee;
import org.concord.domain.fee.PaymentReference;
import org.concord.domain.fee.StatementCredit;

/**
 * Payments from the Center's bank statements (ISO 20022 camt.053): each credit whose RF reference names a fee and
 * whose amount is exactly what is outstanding is applied; every other credit goes to the review list and is applied
 * or dismissed by staff, never silently. A statement is imported once: importing it again changes nothing.
 */
@Stateless
@RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
public class PaymentImportService {

    /** The largest statement accepted, in bytes. */
    public static final int MAX_STATEMENT_BYTES = 10 * 1024 * 1024;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Fees fees;

    @Inject
    private FeePayments payments;

    @Inject
    private CenterBankAccount bank;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    public ImportReport importStatement(byte[] camt053) {
        if (camt053 == null || camt053.length == 0) {
            throw new RuleViolation("R-17.5", "/statement", "rule.import.empty");
        }
        if (camt053.length > MAX_STATEMENT_BYTES) {
            throw new RuleViolation(
                    "R-17.5", "/statement", "rule.import.tooLarge", MAX_STATEMENT_BYTES / (1024 * 1024));
        }
        List<Camt053.Statement> statements = Camt053.read(camt053);
        String centerIban = bank.iban();
        for (Camt053.Statement statement : statements) {
            if (!statement.iban().equals(centerIban)) {
                throw new RuleViolation(
                        "R-17.5", "/statement", "rule.import.otherAccount", statement.id(), statement.iban());
            }
        }
        String by = context.getCallerPrincipal().getName();
        Instant now = clock.instant();
        List<ImportReport.StatementReport> reports = new ArrayList<>();
        for (Camt053.Statement statement : statements) {
            boolean known = !em.createNamedQuery("BankStatement.byIdentity", BankStatement.class)
                    .setParameter("iban", statement.iban())
                    .setParameter("ref", statement.id())
                    .getResultList()
                    .isEmpty();
            if (known) {
                reports.add(new ImportReport.StatementReport(statement.iban(), statement.id(), true, 0, 0, List.of()));
                continue;
            }
            reports.add(importNew(statement, by, now));
        }
        return new ImportReport(List.copyOf(reports));
    }

    private ImportReport.StatementReport importNew(Camt053.Statement read, String by, Instant now) {
        BankStatement statement = new BankStatement(read.iban(), read.id(), by, now);
        em.persist(statement);
        // The unique (account, statement id) makes a concurrent second import of the same statement fail here.
        em.flush();
        List<BankCredit> credits = new ArrayList<>();
        Set<String> seenInThisStatement = new HashSet<>();
        for (StatementCredit credit : read.credits()) {
            boolean reportedBefore = credit.entryRef() != null
                    && (!seenInThisStatement.add(credit.entryRef())
                            || em.createNamedQuery("BankCredit.countByEntryRef", Long.class)
                                            .setParameter("iban", read.iban())
                                            .setParameter("entryRef", credit.entryRef())
                                            .getSingleResult()
                                    > 0);
            Fee fee = credit.reference().flatMap(fees::lockByReference).orElse(null);
            BankCredit bankCredit = new BankCredit(statement, credit, fee, reportedBefore);
            em.persist(bankCredit);
            if (bankCredit.outcome() == BankCredit.Outcome.MATCHED) {
                bankCredit.applyMatch(by, now);
                payments.recorded(fee);
            }
            credits.add(bankCredit);
        }
        return ImportReport.reportOf(read.iban(), read.id(), credits);
    }

    /** The credits waiting for staff, oldest first. */
    public List<CreditView> reviewList() {
        return em.createNamedQuery("BankCredit.openReview", BankCredit.class)
                .getResultStream()
                .map(CreditView::of)
                .toList();
    }

    public CreditView apply(UUID creditId, @NotNull @Valid ApplyForm form) {
        BankCredit credit = credit(creditId);
        String given =
                form.getPaymentReference() == null || form.getPaymentReference().isBlank()
                        ? credit.paymentReference()
                                .orElseThrow(() ->
                                        new RuleViolation("R-17.5", "/paymentReference", "credit.reference.required"))
                        : form.getPaymentReference();
        PaymentReference reference = PaymentReference.parse(given)
                .orElseThrow(() -> new RuleViolation("R-17.5", "/paymentReference", "rule.credit.badReference"));
        Fee fee = fees.lockByReference(reference)
                .orElseThrow(() -> new RuleViolation("R-17.5", "/paymentReference", "rule.credit.unknownReference"));
        credit.apply(
                fee,
                form.getAmount(),
                form.getNote(),
                context.getCallerPrincipal().getName(),
                clock.instant());
        payments.recorded(fee);
        return CreditView.of(credit);
    }

    public CreditView dismiss(UUID creditId, @NotNull @Valid NoteForm note) {
        BankCredit credit = credit(creditId);
        credit.dismiss(note.getNote(), context.getCallerPrincipal().getName(), clock.instant());
        return CreditView.of(credit);
    }

    private BankCredit credit(UUID id) {
        BankCredit credit = em.find(BankCredit.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (credit == null) {
            throw new NotFound();
        }
        return credit;
    }
}
