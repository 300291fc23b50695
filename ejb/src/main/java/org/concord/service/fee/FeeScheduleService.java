package org.concord.service.fee;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.fee.FeeSchedule;
import org.concord.domain.security.SecurityEvent;
import org.concord.domain.time.GenevaTime;
import org.concord.service.security.SecurityLog;

/**
 * The fee schedule as data with validity dates: administrators add a schedule for a future date or withdraw
 * one not yet in force; staff read them. 17(a) holds because no schedule can reach back to a Request received.
 */
@Stateless
public class FeeScheduleService {

    @Inject
    private Fees fees;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Newest first, each with its validity. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public List<ScheduleView> schedules() {
        LocalDate today = GenevaTime.dateOf(clock.instant());
        List<FeeSchedule> all = fees.schedules();
        List<ScheduleView> views = new ArrayList<>(all.size());
        LocalDate nextFrom = null;
        for (FeeSchedule schedule : all) {
            views.add(ScheduleView.of(schedule, nextFrom, today));
            nextFrom = schedule.validFrom();
        }
        return views;
    }

    @RolesAllowed("CENTER_ADMIN")
    public ScheduleView add(@NotNull @Valid ScheduleForm form) {
        LocalDate today = GenevaTime.dateOf(clock.instant());
        if (fees.schedules().stream().anyMatch(s -> s.validFrom().equals(form.getValidFrom()))) {
            throw new RuleViolation("R-17.1", "/validFrom", "rule.schedule.sameDay");
        }
        FeeSchedule schedule = new FeeSchedule(
                form.getValidFrom(),
                form.getFilingFee(),
                form.getAdministrationFee(),
                form.getNeutralFee(),
                context.getCallerPrincipal().getName(),
                clock.instant(),
                today);
        fees.add(schedule);
        securityLog.configurationChanged(
                SecurityEvent.Type.FEE_SCHEDULE_ADDED,
                "schedule=" + schedule.id() + ",validFrom=" + schedule.validFrom());
        return schedules().stream()
                .filter(v -> v.id().equals(schedule.id()))
                .findFirst()
                .orElseThrow();
    }

    @RolesAllowed("CENTER_ADMIN")
    public void withdraw(UUID id) {
        FeeSchedule schedule = fees.schedule(id).orElseThrow(NotFound::new);
        schedule.requireWithdrawable(GenevaTime.dateOf(clock.instant()));
        fees.remove(schedule);
        securityLog.configurationChanged(
                SecurityEvent.Type.FEE_SCHEDULE_WITHDRAWN,
                "schedule=" + schedule.id() + ",validFrom=" + schedule.validFrom());
    }
}
