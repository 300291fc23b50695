package org.concord.service.fee;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.fee.Fee;
import org.concord.domain.fee.FeeBalance;
import org.concord.domain.fee.FeeKind;
import org.concord.domain.fee.FeeSchedule;
import org.concord.domain.fee.LedgerEntry;
import org.concord.domain.fee.RefundPolicy;
import org.concord.domain.fee.RefundProposal;
import org.concord.domain.fee.VatLine;
import org.concord.domain.procedure.Participant;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.WordCount;
import org.concord.domain.time.GenevaTime;
import org.concord.reports.Invoice;
import org.concord.reports.InvoiceLine;
import org.concord.service.Links;
import org.concord.service.account.Accounts;
import org.concord.service.audit.AuditSubject;
import org.concord.service.audit.Audited;
import org.concord.service.mail.MailOutbox;
import org.concord.service.procedure.AnswerForm;
import org.concord.service.procedure.ProcedureCommenced;
import org.concord.service.procedure.ProcedureConcluded;
import org.concord.service.procedure.Procedures;
import org.concord.service.procedure.RequestFiled;
import org.concord.service.time.DeadlineService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The fees of a Procedure (Article 17): assessed from the schedule in force on the date of receipt, shown to staff and
 * to each paying Party (its own part only), paid, and refunded or retained when the Procedure ends. Whoever is outside
 * the circle of gets the same "not found" as for a wrong id.
 */
@Stateless
public class FeeService {

    @Inject
    private Fees fees;

    @Inject
    private Procedures procedures;

    @Inject
    private Accounts accounts;

    @Inject
    private FeePayments payments;

    @Inject
    private CenterBankAccount bank;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private Clock clock;

    @Inject
    private DeadlineService deadlines;

    @Resource
    private SessionContext context;

    @Inject
    @ConfigProperty(name = "concord.invoice.number.prefix", defaultValue = "INV-")
    private String invoicePrefix;

    @Inject
    @ConfigProperty(name = "concord.invoice.vat.rate", defaultValue = "0")
    private BigDecimal vatRate;

    @Inject
    @ConfigProperty(name = "concord.invoice.vat.note")
    private Optional<String> vatNote;

    @Inject
    @ConfigProperty(name = "concord.invoice.vat.number")
    private Optional<String> vatNumber;

    /** 17(a): the fees {@code payer} owes, from the schedule in force on the date of receipt. */
    @PermitAll
    public List<Fee> assess(Procedure procedure, ParticipantRole payer) {
        List<Fee> assessed =
                Fee.assess(procedure, payer, fees.scheduleInForceOn(procedure.receivedDate()), clock.instant());
        assessed.forEach(fees::add);
        if (!assessed.isEmpty()) {
            invoiceOf(procedure, payer);
        }
        return assessed;
    }

    /**
     * {@code payer}'s invoice, issued once: with the fees, or for fees assessed before invoices were numbered
     * when first asked for. Due as {@link org.concord.domain.fee.Invoice} reads 17(a).
     */
    private org.concord.domain.fee.Invoice invoiceOf(Procedure procedure, ParticipantRole payer) {
        return fees.invoiceOf(procedure.id(), payer).orElseGet(() -> {
            org.concord.domain.fee.Invoice issued = org.concord.domain.fee.Invoice.issue(
                    procedure,
                    payer,
                    today(),
                    procedure.timeLimits().answerDue(deadlines.engine()),
                    fees.lockInvoiceCounter(),
                    invoicePrefix);
            fees.add(issued);
            return issued;
        });
    }

    /**
     * R-C1: a Request was filed; the Requesting Party owes the filing fee and is acknowledged with what to
     * pay, in the filing's transaction (sent after commit).
     */
    @PermitAll
    public void requestFiled(@Observes RequestFiled filed) {
        Procedure procedure = filed.procedure();
        Fee filingFee = assess(procedure, ParticipantRole.REQUESTING_PARTY).get(0);
        mailOutbox.enqueue(
                filed.requester(),
                "mail.requestReceived",
                procedure.reference().value(),
                Links.procedure(procedure.id()),
                filingFee.amount(),
                filingFee.currency(),
                filingFee.reference().printed());
    }

    /** R-6, 17(a): a Procedure was commenced; the Responding Party owes its fees from the schedule of receipt. */
    @PermitAll
    public void commenced(@Observes ProcedureCommenced commenced) {
        assess(commenced.procedure(), ParticipantRole.RESPONDING_PARTY);
    }

    /**
     * R-PLAT.1, R-17.2: what filing the Answer will ask of the Responding Party, for it (and staff) to read before it
     * files: the Answer's time limit and word limit, and its fees under the schedule in force on the date of receipt
     * (17(a)) with what is outstanding and where to pay. Before commencement the fees are those the schedule will
     * assess; after, the assessed fees with their payment references and balances.
     */
    @PermitAll
    public AnswerRequirements answerRequirements(UUID procedureId) {
        UserAccount caller = accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
        Procedure procedure = procedures.visibleTo(procedureId, caller);
        procedure.requireReadAnswerRequirements(caller);
        List<Fee> assessed = fees.ofProcedure(procedureId).stream()
                .filter(f -> f.payer() == ParticipantRole.RESPONDING_PARTY)
                .toList();
        FeeSchedule schedule = fees.scheduleInForceOn(procedure.receivedDate());
        List<AnswerRequirements.FeeDue> due = assessed.isEmpty()
                ? FeeKind.owedBy(ParticipantRole.RESPONDING_PARTY).stream()
                        .map(kind -> new AnswerRequirements.FeeDue(
                                kind, schedule.amountOf(kind), schedule.amountOf(kind), null))
                        .toList()
                : assessed.stream()
                        .map(f -> new AnswerRequirements.FeeDue(
                                f.kind(),
                                f.amount(),
                                f.balance().outstanding(),
                                f.reference().value()))
                        .toList();
        BigDecimal outstanding =
                due.stream().map(AnswerRequirements.FeeDue::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AnswerRequirements(
                procedure.id(),
                procedure.reference().value(),
                procedure.timeLimits().answerDue(deadlines.engine()).orElse(null),
                procedure.mayFileAnswer(caller),
                procedure.circle().answerFiling().isPresent(),
                WordCount.LIMIT,
                AnswerForm.ANNEXES_MAX,
                schedule.currency(),
                due,
                outstanding,
                outstanding.signum() > 0,
                PayTo.of(bank.details()));
    }

    @PermitAll
    @Audited(value = "read fees", read = true)
    public FeeStatement statement(@AuditSubject UUID procedureId) {
        Reader reader = reader(procedureId);
        Procedure procedure = reader.procedure();
        Optional<ParticipantRole> payer = reader.ownFees();
        boolean staff = payer.isEmpty();
        List<FeeStatement.FeeView> visibleFees = fees.ofProcedure(procedureId).stream()
                .filter(f -> staff || f.payer() == payer.get())
                .map(FeeStatement.FeeView::of)
                .toList();
        List<FeeStatement.ProposalView> proposals = staff
                ? fees.proposalsOf(procedureId).stream()
                        .map(FeeStatement.ProposalView::of)
                        .toList()
                : List.of();
        List<FeeStatement.InvoiceView> invoices = fees.invoicesOf(procedureId).stream()
                .filter(i -> staff || i.payer() == payer.get())
                .map(i -> invoiceView(i, visibleFees))
                .toList();
        return new FeeStatement(
                procedureId, procedure.reference().value(), visibleFees, proposals, PayTo.of(bank.details()), invoices);
    }

    /**
     * The invoice of {@code payer}'s fees as PDF: a Party gets its own ({@code payer} may be left out); staff get
     * either Party's and must say which.
     */
    @PermitAll
    @Audited(value = "read invoice", read = true)
    public byte[] invoice(@AuditSubject UUID procedureId, ParticipantRole requested) {
        Reader reader = reader(procedureId);
        Procedure procedure = reader.procedure();
        Optional<ParticipantRole> own = reader.ownFees();
        if (own.isPresent() && requested != null && own.get() != requested) {
            throw new EJBAccessException("An invoice of the other Party");
        }
        ParticipantRole payer = own.orElse(requested);
        if (payer == null) {
            throw new RuleViolation("R-17.1", "/payer", "rule.invoice.payer");
        }
        UserAccount party = procedure.circle().participant(payer).orElseThrow(NotFound::new);
        List<InvoiceLine> lines = fees.ofProcedure(procedureId).stream()
                .filter(f -> f.payer() == payer)
                .map(f -> new InvoiceLine(
                        f.kind().name(),
                        f.amount(),
                        f.currency(),
                        f.reference().value(),
                        f.balance().outstanding()))
                .toList();
        if (lines.isEmpty()) {
            throw new NotFound();
        }
        FeeStatement.InvoiceView invoice = invoiceView(
                invoiceOf(procedure, payer),
                fees.ofProcedure(procedureId).stream()
                        .map(FeeStatement.FeeView::of)
                        .toList());
        Invoice.Header header = new Invoice.Header(
                invoice.number(),
                invoice.issuedOn(),
                invoice.dueOn(),
                invoice.vatRatePercent(),
                invoice.vatIncluded(),
                invoice.vatNote(),
                invoice.vatNumber());
        return Invoice.pdf(
                bank.details(),
                header,
                party.displayName(),
                procedure.reference().value(),
                lines,
                party.locale());
    }

    /** The invoice with its VAT line as configured: the VAT included in the payer's fees (issue 24). */
    private FeeStatement.InvoiceView invoiceView(
            org.concord.domain.fee.Invoice invoice, List<FeeStatement.FeeView> ofProcedure) {
        BigDecimal total = ofProcedure.stream()
                .filter(f -> f.payer() == invoice.payer())
                .map(FeeStatement.FeeView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        VatLine vat = VatLine.of(vatRate, total);
        return new FeeStatement.InvoiceView(
                invoice.payer(),
                invoice.number(),
                invoice.issuedOn(),
                invoice.dueOn(),
                vat.ratePercent(),
                vat.included(),
                vatNote.map(String::strip).orElse(""),
                vatNumber.map(String::strip).orElse(""));
    }

    /** Staff record a payment received for a fee; the fee is locked so the same payment lands once. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("payment recorded")
    public FeeStatement.FeeView recordPayment(
            @AuditSubject UUID procedureId, UUID feeId, @NotNull @Valid PaymentForm form) {
        Fee fee = fees.lock(feeId)
                .filter(f -> f.procedure().id().equals(procedureId))
                .orElseThrow(NotFound::new);
        LocalDate valueDate = form.getValueDate() != null ? form.getValueDate() : today();
        fee.recordPayment(
                form.getAmount(),
                form.getCurrency(),
                valueDate,
                LedgerEntry.Recorded.by(caller(), clock.instant()).withNote(form.getNote()));
        payments.recorded(fee);
        return FeeStatement.FeeView.of(fee);
    }

    /** when a Procedure ends, the system proposes what happens to the fees; staff decide. */
    @PermitAll
    public void propose(@Observes ProcedureConcluded concluded) {
        List<Fee> all = fees.ofProcedure(concluded.procedureId());
        Map<FeeKind, FeeBalance> balances = new EnumMap<>(FeeKind.class);
        Map<FeeKind, Fee> byKind = new EnumMap<>(FeeKind.class);
        all.forEach(f -> {
            balances.put(f.kind(), f.balance());
            byKind.put(f.kind(), f);
        });
        Instant now = clock.instant();
        for (RefundPolicy.Move move : RefundPolicy.movesFor(concluded.conclusion(), balances)) {
            Fee fee = byKind.get(move.fee());
            if (fee != null) {
                fees.add(new RefundProposal(fee, move, concluded.conclusion(), now));
            }
        }
    }

    /** Staff confirm a proposal: its refund or retention enters the ledger. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("refund confirmed")
    public FeeStatement confirm(@AuditSubject UUID procedureId, UUID proposalId) {
        RefundProposal proposal = proposalOf(procedureId, proposalId);
        fees.lock(proposal.fee().id());
        proposal.confirm(caller(), clock.instant(), today());
        return statement(procedureId);
    }

    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    @Audited("refund declined")
    public FeeStatement decline(@AuditSubject UUID procedureId, UUID proposalId, @NotNull @Valid NoteForm reason) {
        proposalOf(procedureId, proposalId).decline(caller(), clock.instant(), reason.getNote());
        return statement(procedureId);
    }

    private RefundProposal proposalOf(UUID procedureId, UUID proposalId) {
        return fees.proposal(proposalId)
                .filter(p -> p.fee().procedure().id().equals(procedureId))
                .orElseThrow(NotFound::new);
    }

    /**
     * A Procedure the caller may read (R-13.1: otherwise "not found") and whose fees it sees: {@code ownFees} is empty
     * for the Center (all fees), else the caller's role as payer.
     */
    private record Reader(Procedure procedure, Optional<ParticipantRole> ownFees) {}

    /**
     * A Neutral sees no fees: they are between the Parties and the Center (a representative's link to the Party it
     * acts for comes with the procedure rules).
     */
    private Reader reader(UUID procedureId) {
        UserAccount caller = accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
        Procedure procedure = procedures.visibleTo(procedureId, caller);
        if (caller.actsForCenter()) {
            return new Reader(procedure, Optional.empty());
        }
        ParticipantRole role = procedure
                .circle()
                .participationOf(caller)
                .map(Participant::role)
                .orElseThrow(NotFound::new);
        if (role != ParticipantRole.REQUESTING_PARTY && role != ParticipantRole.RESPONDING_PARTY) {
            throw new EJBAccessException("The fees are the paying Parties' and the Center's");
        }
        return new Reader(procedure, Optional.of(role));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private LocalDate today() {
        return GenevaTime.dateOf(clock.instant());
    }
}
