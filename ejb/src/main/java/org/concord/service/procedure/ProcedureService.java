package org.concord.service.procedure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.time.GenevaTime;
import org.concord.service.account.Accounts;
import org.concord.service.mail.MailOutbox;
import org.concord.service.time.DeadlineService;

/**
 * The Procedure use cases of the walking skeleton: a Party files a Request; the circle of reads it; staff
 * list all procedures. Whoever is outside the circle gets {@link NotFound}, exactly as for an id that does not exist.
 */
@Stateless
public class ProcedureService {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    private Procedures procedures;

    @Inject
    private Accounts accounts;

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private Clock clock;

    @Inject
    private DeadlineService deadlines;

    @Resource
    private SessionContext context;

    /**
     * A Requesting Party files a Request in the Portal (R-3.2: received now). The acknowledgment e-mail is queued in
     * the same transaction and sent after commit (R-C1): a refused filing leaves no row and sends no mail.
     */
    @RolesAllowed("PARTY")
    public ProcedureView fileRequest(@NotNull @Valid RequestForm form) {
        UserAccount requester = caller();
        Procedure procedure = Procedure.fileRequest(requester, form.getMatter(), form.getPlatformName(),
                form.getDescription(), clock.instant());
        procedures.add(procedure);
        mailOutbox.enqueue(requester, "mail.requestReceived", procedure.reference().value(),
                "/procedure.xhtml?id=" + procedure.id());
        return view(procedure);
    }

    /** the Procedure if the caller belongs to its circle; otherwise the same "not found" as a wrong id. */
    @PermitAll
    public ProcedureView getProcedure(UUID id) {
        UserAccount caller = accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
        return procedures.find(id)
                .filter(p -> p.isVisibleTo(caller))
                .map(this::view)
                .orElseThrow(NotFound::new);
    }

    /** The Center's list of every procedure, newest first. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public Page<ProcedureSummary> allProcedures(int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(0, page);
        List<ProcedureSummary> items = procedures.page(safePage * safeSize, safeSize).stream()
                .map(ProcedureSummary::of)
                .toList();
        return new Page<>(items, safePage, safeSize, procedures.count());
    }

    /** The procedures the caller takes part in (a Party, a representative or a Neutral). */
    @RolesAllowed({"PARTY", "NEUTRAL"})
    public List<ProcedureSummary> myProcedures() {
        return procedures.visibleToParticipant(caller()).stream().map(ProcedureSummary::of).toList();
    }

    private ProcedureView view(Procedure procedure) {
        return ProcedureView.of(procedure, deadlines.engine(), GenevaTime.dateOf(clock.instant()));
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
