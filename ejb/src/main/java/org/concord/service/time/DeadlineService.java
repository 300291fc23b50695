package org.concord.service.time;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.concord.domain.RuleViolation;
import org.concord.domain.time.Deadline;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.PublicHolidayCalendar;

/**
 * Computes deadlines for anyone (the public calculator and the API) and for the procedures, with one engine whose
 * holiday cache stays warm. The engine is rebuilt when the Center's closures change here, and at most a minute after
 * they changed on another instance. Input the engine refuses is reported as a {@link RuleViolation} naming the input.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("DatabaseMigration")
@PermitAll
public class DeadlineService {

    /** Another instance's change of closures reaches this one within this time at the latest. */
    private static final Duration CLOSURES_MAX_AGE = Duration.ofMinutes(1);

    @Inject
    private ClosureService closures;

    @Inject
    private Clock clock;

    private volatile DeadlineEngine engine;
    private volatile Instant loadedAt = Instant.MIN;

    @PostConstruct
    void start() {
        reload();
    }

    /** The engine with the Center's calendar (public holidays and the closures in force). */
    public DeadlineEngine engine() {
        if (loadedAt == Instant.MIN || loadedAt.plus(CLOSURES_MAX_AGE).isBefore(clock.instant())) {
            reload();
        }
        return engine;
    }

    /**
     * Closures changed on this instance: the next computation reloads them (the transaction that changed them is
     * completing here, so the database is not read in this observer).
     */
    public void onClosuresChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClosureChanged event) {
        loadedAt = Instant.MIN;
    }

    private void reload() {
        engine = new DeadlineEngine(new PublicHolidayCalendar(closures.activeClosures()));
        loadedAt = clock.instant();
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
