package org.concord.service.sor;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.account.UserAccount;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.sor.SorProblem;
import org.concord.domain.sor.StatementImport;
import org.concord.domain.sor.StatementOfReasons;
import org.concord.service.account.Accounts;
import org.concord.service.organisation.Organisations;

/**
 * R-SOR.1–R-SOR.4: a Party (a user, or a platform on its user's behalf) imports a Statement of Reasons, or a batch
 * of them, to start Requests from. An invalid document is refused with every violation and stores nothing.
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

    @Resource
    private SessionContext context;

    /**
     * Imports {@code json} (one statement, or {@code {"statements": [...]}}).
     *
     * @throws InvalidStatement with every violation, when the document is not valid; nothing is stored then
     */
    @RolesAllowed("PARTY")
    public List<StatementDraft> importStatements(String json) {
        UserAccount caller = caller();
        StatementImport.Outcome outcome = StatementImport.read(json, caller, clock.instant());
        if (!outcome.isValid()) {
            throw new InvalidStatement(outcome.errors(), outcome.warnings());
        }
        boolean batch = outcome.statements().size() > 1 || json.contains("\"statements\"");
        List<StatementDraft> drafts = new ArrayList<>();
        for (int i = 0; i < outcome.statements().size(); i++) {
            StatementOfReasons statement = outcome.statements().get(i);
            statements.add(statement);
            String prefix = batch ? "/statements/" + i + "/" : "/";
            List<SorProblem> warnings = outcome.warnings().stream()
                    .filter(w -> w.pointer().startsWith(prefix))
                    .toList();
            drafts.add(StatementDraft.of(statement, warnings, existingFor(statement, caller), matched(statement)));
        }
        return drafts;
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
        return StatementDraft.of(statement, List.of(), existingFor(statement, caller), matched(statement));
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

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
