package org.concord.service.time;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Instant;
import java.util.List;
import org.concord.domain.RuleViolation;
import org.concord.domain.time.Deadline;
import org.concord.domain.time.DeadlineEngine;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.PublicHolidayCalendar;

/**
 * Computes deadlines for anyone (the public calculator and the API) and for the procedures, with one engine whose
 * holiday cache stays warm. Input the engine refuses is reported as a {@link RuleViolation} naming the input.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class DeadlineService {

    private volatile DeadlineEngine engine;

    @PostConstruct
    void start() {
        engine = new DeadlineEngine(new PublicHolidayCalendar(List.of()));
    }

    /** The engine with the Center's calendar, for the time limits of procedures. */
    public DeadlineEngine engine() {
        return engine;
    }

    /**
     * @param days      the period N, 1 to {@link DeadlineEngine#MAX_DAYS}
     * @param domiciles the two Parties' domiciles
     */
    public Deadline compute(Instant receivedAt, int days, Domicile first, Domicile second) {
        if (days < 1 || days > DeadlineEngine.MAX_DAYS) {
            throw new RuleViolation("R-3.3", "days", "rule.deadline.days",
                    "The period must have 1 to " + DeadlineEngine.MAX_DAYS + " days");
        }
        DeadlineEngine current = engine;
        try {
            return current.compute(receivedAt, days, first, second);
        } catch (IllegalArgumentException unknownDomicile) {
            throw new RuleViolation("R-3.4", "domiciles", "rule.deadline.domicile",
                    "Unknown country or subdivision: give ISO 3166 codes such as FR, DE or DE-BY");
        }
    }
}
