package org.concord.service.sor;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.sor.SorProblem;
import org.concord.domain.sor.StatementBatch;
import org.concord.domain.sor.StatementImport;
import org.concord.domain.sor.StatementOfReasons;
import org.concord.service.account.Accounts;
import org.concord.service.background.BackgroundRunQueued;
import org.concord.service.background.BackgroundRunSteps;
import org.concord.service.organisation.Organisations;

/**
 * R-SOR.1–R-SOR.4: a Party (a user, or a platform on its user's behalf) imports a Statement of Reasons, or a batch
 * of them, to start Requests from. An invalid document is refused with every violation and stores nothing. A batch
 * uploaded in the portal is stored in the background (issue 24).
 */
@Stateless
public class StatementService {

    @Inject
    private Statements statements;

    @Inject
    private Accounts accounts;

    @Inject
    private Clock clock;

    @Inject
    private Organisations organisations;

    @Inject
    private BackgroundRunSteps steps;

    @Inject
    private Event<BackgroundRunQueued> queued;

    @Resource
    private SessionContext context;

    /** How often, at most, a batch in the background writes its progress. */
    static final long PROGRESS_EVERY_MS = 500;

    /** Drafts a page of a batch's result shows. */
    public static final int BATCH_PAGE = 50;

    /**
     * Imports {@code json} (one statement, or {@code {"statements": [...]}}) within the request (the API's import).
     *
     * @throws InvalidStatement with every violation, when the document is not valid; nothing is stored then
     */
    @RolesAllowed("PARTY")
    public List<StatementDraft> importStatements(String json) {
        UserAccount caller = caller();
        StatementImport.Outcome outcome = valid(json, caller);
        List<StatementDraft> drafts = new ArrayList<>();
        for (int i = 0; i < outcome.statements().size(); i++) {
            StatementOfReasons statement = outcome.statements().get(i);
            statements.add(statement);
            drafts.add(draftOf(statement, warningsOf(outcome, json, i), caller));
        }
        return drafts;
    }

    /**
     * The portal's import (issue 24): one statement is imported at once and its draft prefills the Request form; a
     * batch is checked at once as {@link #importStatements} checks it (every violation, nothing stored), then queued
     * and stored in the background ({@link StatementBatchWork}), all of it or nothing, with its page to follow it.
     *
     * @throws InvalidStatement with every violation, when the document is not valid; nothing is stored or queued then
     */
    @RolesAllowed("PARTY")
    public PortalImport importInPortal(String json) {
        UserAccount caller = caller();
        StatementImport.Outcome outcome = valid(json, caller);
        if (!isBatch(outcome, json)) {
            StatementOfReasons statement = outcome.statements().get(0);
            statements.add(statement);
            return new PortalImport(draftOf(statement, outcome.warnings(), caller), null);
        }
        StatementBatch batch = StatementBatch.request(
                json, outcome.statements().size(), context.getCallerPrincipal().getName(), clock.instant());
        statements.addBatch(batch);
        queued.fire(new BackgroundRunQueued(StatementBatch.class, batch.id()));
        return new PortalImport(null, batch.id());
    }

    /** What the portal's import did: the draft of the one statement imported, or the batch queued. */
    public record PortalImport(StatementDraft draft, UUID batch) {}

    /**
     * Stores a claimed batch ({@link StatementBatchWork}) as the one who uploaded it, telling the batch's row how many
     * statements are stored (at most every {@value #PROGRESS_EVERY_MS} ms), each time in a transaction of its own so
     * that her page sees it while this one is still open. The statements and the batch's end commit together.
     */
    @RolesAllowed("PARTY")
    public void performBatch(UUID id) {
        StatementBatch batch = statements.findBatch(id).orElseThrow(NotFound::new);
        StatementImport.Outcome outcome = StatementImport.read(batch.document(), caller(), clock.instant());
        if (!outcome.isValid()) {
            // valid when it was queued; only a vocabulary or a date that changed since then gets here
            SorProblem first = outcome.errors().get(0);
            throw new RuleViolation(
                    "R-SOR.1",
                    first.pointer(),
                    "sor.run.invalid",
                    outcome.errors().size());
        }
        int total = outcome.statements().size();
        steps.progress(StatementBatch.class, id, 0, total);
        long last = System.nanoTime();
        for (int i = 0; i < total; i++) {
            StatementOfReasons statement = outcome.statements().get(i);
            statement.storedBy(batch, i);
            statements.add(statement);
            if (System.nanoTime() - last >= PROGRESS_EVERY_MS * 1_000_000L) {
                last = System.nanoTime();
                steps.progress(StatementBatch.class, id, i + 1, total);
            }
        }
        statements.refresh(batch); // the progress was written by other transactions
        batch.finish(clock.instant());
    }

    /**
     * The uploader's view of a batch (issue 24): where it is, or how it ended with page {@code page} (from 0) of its
     * drafts, {@value #BATCH_PAGE} a page. Anyone else gets the same "not found" as for a wrong id. A batch silent for
     * {@link StatementBatch#STALE} (its instance stopped) is failed closed when it is looked at.
     */
    @RolesAllowed("PARTY")
    public StatementBatchView batch(UUID id, int page) {
        StatementBatch batch = statements
                .findBatch(id)
                .filter(b -> b.mayBeSeenBy(context.getCallerPrincipal().getName()))
                .orElseThrow(NotFound::new);
        Instant now = clock.instant();
        if (batch.stale(now)) {
            batch.abandon(now);
        }
        if (batch.state() != StatementBatch.State.DONE) {
            return StatementBatchView.of(batch, List.of(), 0, 0);
        }
        int pages = Math.max(1, (batch.statementsTotal() + BATCH_PAGE - 1) / BATCH_PAGE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        UserAccount caller = caller();
        Map<String, Organisation> platforms = new HashMap<>();
        List<StatementBatchView.Row> rows = statements.ofBatch(id, shown * BATCH_PAGE, BATCH_PAGE).stream()
                .map(s -> new StatementBatchView.Row(
                        s.batchPosition().orElse(0) + 1,
                        s.isAvailable(),
                        StatementDraft.of(
                                s,
                                List.of(),
                                existingFor(s, caller),
                                platforms.computeIfAbsent(s.platformName(), name -> matched(s)))))
                .toList();
        return StatementBatchView.of(batch, rows, shown, pages);
    }

    /**
     * The draft with this id, to prefill a Request. The id is the capability: a platform hands it to its user. A
     * statement already filed with a Request is no longer a draft (the same "not found" as a wrong id).
     */
    @RolesAllowed("PARTY")
    public StatementDraft draft(UUID id) {
        UserAccount caller = caller();
        StatementOfReasons statement =
                statements.find(id).filter(StatementOfReasons::isAvailable).orElseThrow(NotFound::new);
        return draftOf(statement, List.of(), caller);
    }

    /** R-SOR.4, R-13.1: the existing Procedure about the same decision, only if the caller is one of its Parties. */
    private UUID existingFor(StatementOfReasons statement, UserAccount caller) {
        return statements.proceduresAbout(statement.platformName(), statement.puid()).stream()
                .filter(p -> p.circle().participationOf(caller).isPresent())
                .map(p -> p.id())
                .findFirst()
                .orElse(null);
    }

    /** R-ACC.2, R-SOR.1: the one platform organisation known by the statement's platform name, if exactly one is. */
    private Organisation matched(StatementOfReasons statement) {
        List<Organisation> named = organisations.platformsNamed(statement.platformName());
        return named.size() == 1 ? named.get(0) : null;
    }

    /** R-SOR.1: the statements of a valid document; else every violation, and nothing is stored. */
    private StatementImport.Outcome valid(String json, UserAccount caller) {
        StatementImport.Outcome outcome = StatementImport.read(json, caller, clock.instant());
        if (!outcome.isValid()) {
            throw new InvalidStatement(outcome.errors(), outcome.warnings());
        }
        return outcome;
    }

    /** A document with several statements, or a {@code {"statements": [...]}} of one. */
    private static boolean isBatch(StatementImport.Outcome outcome, String json) {
        return outcome.statements().size() > 1 || json.contains("\"statements\"");
    }

    /** R-SOR.2: the warnings of the {@code i}-th statement of the document. */
    private static List<SorProblem> warningsOf(StatementImport.Outcome outcome, String json, int i) {
        String prefix = isBatch(outcome, json) ? "/statements/" + i + "/" : "/";
        return outcome.warnings().stream()
                .filter(w -> w.pointer().startsWith(prefix))
                .toList();
    }

    private StatementDraft draftOf(StatementOfReasons statement, List<SorProblem> warnings, UserAccount caller) {
        return StatementDraft.of(statement, warnings, existingFor(statement, caller), matched(statement));
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
