package org.concord.service.time;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.security.SecurityEvent;
import org.concord.domain.time.CenterClosure;
import org.concord.domain.time.Closure;
import org.concord.service.security.SecurityLog;

/** The Center's extra closures: kept by administrators, seen by staff, each change recorded with who and when. */
@Stateless
public class ClosureService {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF"})
    public List<ClosureView> allClosures() {
        return em.createNamedQuery("CenterClosure.all", CenterClosure.class)
                .getResultStream()
                .map(ClosureView::of)
                .toList();
    }

    @RolesAllowed("CENTER_ADMIN")
    public ClosureView addClosure(@NotNull @Valid ClosureForm form) {
        if (form.getTo().isBefore(form.getFrom())) {
            throw new RuleViolation("R-3.4", "/to", "rule.closure.order");
        }
        CenterClosure closure = new CenterClosure(
                new Closure(form.getFrom(), form.getTo(), form.getReason()),
                context.getCallerPrincipal().getName(),
                clock.instant());
        em.persist(closure);
        securityLog.configurationChanged(
                SecurityEvent.Type.CLOSURE_ADDED,
                "closure=" + closure.id() + ",from=" + form.getFrom() + ",to=" + form.getTo());
        return ClosureView.of(closure);
    }

    @RolesAllowed("CENTER_ADMIN")
    public void removeClosure(UUID id) {
        CenterClosure closure = em.find(CenterClosure.class, id);
        if (closure == null) {
            throw new NotFound();
        }
        closure.remove(context.getCallerPrincipal().getName(), clock.instant());
        securityLog.configurationChanged(SecurityEvent.Type.CLOSURE_REMOVED, "closure=" + closure.id());
    }

    /** For the deadline engine: the closures in force. */
    @PermitAll
    public List<Closure> activeClosures() {
        return em.createNamedQuery("CenterClosure.active", CenterClosure.class)
                .getResultStream()
                .map(CenterClosure::closure)
                .toList();
    }

    /**
     * R-OPS.1: what the calendar's closures are at now, in one small query: it changes with every closure added or
     * removed on any instance, so that each instance's deadline engine reloads them before its next computation.
     */
    @PermitAll
    public String calendarVersion() {
        Object[] row = (Object[]) em.createNativeQuery(
                        "select count(*), count(removed_at), max(created_at), max(removed_at) from center_closure")
                .getSingleResult();
        return java.util.Arrays.toString(row);
    }
}
