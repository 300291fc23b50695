package org.concord.service.fee;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.fee.BankCredit;
import org.concord.domain.fee.BankStatement;
import org.concord.domain.fee.BankStatementImport;
import org.concord.domain.fee.Fee;
import org.concord.domain.fee.PaymentReference;
import org.concord.domain.fee.StatementCredit;
import org.concord.service.background.BackgroundRunQueued;
import org.concord.service.background.BackgroundRunSteps;

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

    /** How often a background import writes its progress at most, in milliseconds. */
    static final long PROGRESS_EVERY_MS = 250;

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

    @Inject
    private BackgroundRunSteps steps;

    @Inject
    private Event<BackgroundRunQueued> queued;

    /**
     * Imports a statement within the request (the API's synchronous import): all of it or, if any statement of the
     * document is refused, nothing.
     */
    public ImportReport importStatement(byte[] camt053) {
        List<Camt053.Statement> statements = read(camt053);
        return importAll(statements, context.getCallerPrincipal().getName(), clock.instant(), null, done -> {})
                .report();
    }

    /**
     * Issue 24: queues a statement to be imported in the background. Checked at once as {@link #importStatement}
     * checks it (not empty, not too large, a camt.053 document Concord can read, every statement of the Center's
     * account), so that a bad document is refused here with its line, element or rule and nothing is queued; then
     * imported on another thread after this transaction commits ({@link BankStatementImportWork}), all of it or nothing.
     */
    public BankStatementImportView queueStatement(byte[] camt053) {
        List<Camt053.Statement> statements = read(camt053);
        int credits = statements.stream()
                .filter(statement -> !known(statement))
                .mapToInt(statement -> statement.credits().size())
                .sum();
        BankStatementImport run = BankStatementImport.request(
                camt053, credits, context.getCallerPrincipal().getName(), clock.instant());
        em.persist(run);
        queued.fire(new BackgroundRunQueued(BankStatementImport.class, run.id()));
        return BankStatementImportView.of(run, null);
    }

    /**
     * Staff: a background import where it is now, or how it ended (issue 24) with the report of each statement. An
     * import silent for {@link BankStatementImport#STALE} (its instance stopped) is failed closed when it is looked at.
     */
    public BankStatementImportView statementImport(UUID id) {
        BankStatementImport run =
                Optional.ofNullable(em.find(BankStatementImport.class, id)).orElseThrow(NotFound::new);
        Instant now = clock.instant();
        if (run.stale(now)) {
            run.abandon(now);
        }
        if (run.state() != BankStatementImport.State.DONE) {
            return BankStatementImportView.of(run, null);
        }
        List<ImportReport.StatementReport> reports = new ArrayList<>();
        em.createNamedQuery("BankStatement.ofImport", BankStatement.class)
                .setParameter("run", id)
                .getResultStream()
                .forEach(statement -> reports.add(ImportReport.reportOf(
                        statement.accountIban(),
                        statement.statementRef(),
                        em.createNamedQuery("BankCredit.ofStatement", BankCredit.class)
                                .setParameter("statement", statement.id())
                                .getResultList())));
        String iban = bank.iban();
        run.knownStatements()
                .forEach(ref -> reports.add(new ImportReport.StatementReport(iban, ref, true, 0, 0, List.of())));
        return BankStatementImportView.of(run, new ImportReport(List.copyOf(reports)));
    }

    /**
     * Performs a claimed background import ({@link BankStatementImportWork}) as {@link #importStatement} does it,
     * telling the import's row how many credits are done (at most every {@value #PROGRESS_EVERY_MS} ms), each time in
     * a transaction of its own so that the page sees it while this one is still open. The statements, their credits,
     * the payments applied and the import's end commit together.
     */
    public void perform(UUID id) {
        BankStatementImport run =
                Optional.ofNullable(em.find(BankStatementImport.class, id)).orElseThrow(NotFound::new);
        List<Camt053.Statement> statements = read(run.document());
        int total = statements.stream()
                .filter(statement -> !known(statement))
                .mapToInt(statement -> statement.credits().size())
                .sum();
        steps.progress(BankStatementImport.class, id, 0, total);
        long[] last = {System.nanoTime()};
        Imported imported = importAll(statements, run.requestedBy(), clock.instant(), id, done -> {
            long now = System.nanoTime();
            if (now - last[0] >= PROGRESS_EVERY_MS * 1_000_000L) {
                last[0] = now;
                steps.progress(BankStatementImport.class, id, done, total);
            }
        });
        em.refresh(run); // the progress was written by other transactions
        run.finish(imported.report().matched(), imported.report().toReview(), imported.known(), clock.instant());
    }

    /**
     * what any import checks first: not empty, not too large, a camt.053 document Concord can read (else
     * {@link MalformedStatement} with its line and element), every statement of the Center's account.
     */
    private List<Camt053.Statement> read(byte[] camt053) {
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
        return statements;
    }

    private boolean known(Camt053.Statement statement) {
        return !em.createNamedQuery("BankStatement.byIdentity", BankStatement.class)
                .setParameter("iban", statement.iban())
                .setParameter("ref", statement.id())
                .getResultList()
                .isEmpty();
    }

    /** What an import did, and the statements of the document it found imported before. */
    private record Imported(ImportReport report, List<String> known) {}

    private Imported importAll(
            List<Camt053.Statement> statements, String by, Instant now, UUID importRun, IntConsumer progress) {
        List<ImportReport.StatementReport> reports = new ArrayList<>();
        List<String> knownRefs = new ArrayList<>();
        int[] done = {0};
        for (Camt053.Statement statement : statements) {
            if (known(statement)) {
                reports.add(new ImportReport.StatementReport(statement.iban(), statement.id(), true, 0, 0, List.of()));
                knownRefs.add(statement.id());
                continue;
            }
            reports.add(importNew(statement, by, now, importRun, () -> progress.accept(++done[0])));
        }
        return new Imported(new ImportReport(List.copyOf(reports)), List.copyOf(knownRefs));
    }

    private ImportReport.StatementReport importNew(
            Camt053.Statement read, String by, Instant now, UUID importRun, Runnable creditDone) {
        BankStatement statement = new BankStatement(read.iban(), read.id(), by, now, importRun);
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
            creditDone.run();
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
