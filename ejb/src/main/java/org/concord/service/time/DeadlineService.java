package org.concord.service.time;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import org.concord.domain.RuleViolation;
import org.concord.domain.time.Deadline;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.PublicHolidayCalendar;

/**
 * Computes deadlines for anyone (the public calculator and the API) and for the procedures, with one engine whose
 * holiday cache stays warm. The engine is rebuilt when the Center's closures changed, here or on another instance of
 * the cluster (R-OPS.1): each computation first reads the closures' version from the database, one small query, so
 * that no two instances ever compute a deadline with different calendars. Input the engine refuses is reported as a
 * {@link RuleViolation} naming the input.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("DatabaseMigration")
@PermitAll
public class DeadlineService {

    @Inject
    private ClosureService closures;

    private volatile Loaded loaded;

    /** The engine and the version of the closures it was built with. */
    private record Loaded(DeadlineEngine engine, String version) {}

    @PostConstruct
    void start() {
        reload(closures.calendarVersion());
    }

    /** The engine with the Center's calendar (public holidays and the closures in force). */
    public DeadlineEngine engine() {
        String version = closures.calendarVersion();
        Loaded current = loaded;
        if (current == null || !current.version().equals(version)) {
            current = reload(version);
        }
        return current.engine();
    }

    private Loaded reload(String version) {
        Loaded fresh = new Loaded(new DeadlineEngine(new PublicHolidayCalendar(closures.activeClosures())), version);
        loaded = fresh;
        return fresh;
    }

    /**
     * @param days      the period N, 1 to {@link DeadlineEngine#MAX_DAYS}
     * @param domiciles the two Parties' domiciles
     */
    public Deadline compute(Instant receivedAt, int days, Domicile first, Domicile second) {
        if (days < 1 || days > DeadlineEngine.MAX_DAYS) {
            throw new RuleViolation("R-3.3", "/days", "rule.deadline.days", DeadlineEngine.MAX_DAYS);
        }
        DeadlineEngine current = engine();
        try {
            return current.compute(receivedAt, days, first, second);
        } catch (IllegalArgumentException unknownDomicile) {
            throw new RuleViolation("R-3.4", "/domiciles", "rule.deadline.domicile");
        }
    }
}
