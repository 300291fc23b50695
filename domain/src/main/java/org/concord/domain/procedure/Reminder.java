package org.concord.domain.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.concord.domain.account.UserAccount;
import org.concord.domain.time.GenevaTime;

/**
 * R-C3: one reminder e-mail to the person who must act, a number of days before a time limit ends. Fires at 08:00
 * Geneva time on that day, or at once when planned later than that but before the limit; never after it. The one
 * exception is the implementation report of R-PLAT.4, which is also reminded <i>after</i> its due date while it is not
 * made: such a reminder has a negative {@link #daysBefore()} (the days overdue, negated).
 */
@Entity
@Table(name = "reminder")
@NamedQuery(
        name = "Reminder.due",
        query = "select r from Reminder r where r.sentAt is null and r.fireAt <= :now order by r.fireAt")
public class Reminder {

    /** Reminders go out at this Geneva time on their day. */
    public static final LocalTime FIRE_TIME = LocalTime.of(8, 0);

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    private UserAccount recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProcedureDeadline.Kind kind;

    @Column(nullable = false)
    private LocalDate due;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Column(name = "fire_at", nullable = false)
    private Instant fireAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Reminder() {}

    private Reminder(
            Procedure procedure,
            UserAccount recipient,
            ProcedureDeadline.Kind kind,
            LocalDate due,
            int daysBefore,
            Instant fireAt) {
        this.id = UUID.randomUUID();
        this.procedure = procedure;
        this.recipient = recipient;
        this.kind = kind;
        this.due = due;
        this.daysBefore = daysBefore;
        this.fireAt = fireAt;
    }

    /**
     * The reminders for one time limit: one per number of days before it ends, none once the limit itself has passed.
     * Planned late, when the moments of several have passed already, only the one nearest the limit is sent, at once:
     * the Responding Party gets one reminder, not two in the same minute (R-C3; the demo's Procedure whose Answer is due
     * tomorrow had both its 5-day and its 1-day reminder sent together).
     */
    public static List<Reminder> plan(
            Procedure procedure,
            UserAccount recipient,
            ProcedureDeadline deadline,
            List<Integer> daysBefore,
            Instant now) {
        Objects.requireNonNull(recipient, "recipient");
        LocalDate due = deadline.deadline().due();
        LocalDate today = GenevaTime.dateOf(now);
        List<Reminder> planned = new ArrayList<>();
        for (int days : daysBefore) {
            if (days < 1 || due.isBefore(today)) {
                continue;
            }
            Instant fireAt = at8(due.minusDays(days));
            if (fireAt.isBefore(now)
                    && daysBefore.stream()
                            .anyMatch(nearer -> nearer >= 1
                                    && nearer < days
                                    && at8(due.minusDays(nearer)).isBefore(now))) {
                continue;
            }
            planned.add(new Reminder(
                    procedure, recipient, deadline.kind(), due, days, fireAt.isBefore(now) ? now : fireAt));
        }
        return planned;
    }

    /**
     * R-PLAT.4: the reminders of the implementation report due on {@code due}: one per number of days before it (as
     * {@link #plan}) and one per number of days after it, at 08:00 Geneva time, skipping those whose day has passed.
     */
    public static List<Reminder> planImplementationReport(
            Procedure procedure,
            UserAccount recipient,
            LocalDate due,
            List<Integer> daysBefore,
            List<Integer> daysAfter,
            Instant now) {
        Objects.requireNonNull(recipient, "recipient");
        LocalDate today = GenevaTime.dateOf(now);
        List<Reminder> planned = new ArrayList<>();
        for (int days : daysBefore) {
            if (days < 1 || due.isBefore(today)) {
                continue;
            }
            Instant fireAt = at8(due.minusDays(days));
            planned.add(new Reminder(
                    procedure,
                    recipient,
                    ProcedureDeadline.Kind.IMPLEMENTATION_REPORT,
                    due,
                    days,
                    fireAt.isBefore(now) ? now : fireAt));
        }
        for (int days : daysAfter) {
            if (days < 1 || due.plusDays(days).isBefore(today)) {
                continue;
            }
            Instant fireAt = at8(due.plusDays(days));
            planned.add(new Reminder(
                    procedure,
                    recipient,
                    ProcedureDeadline.Kind.IMPLEMENTATION_REPORT,
                    due,
                    -days,
                    fireAt.isBefore(now) ? now : fireAt));
        }
        return planned;
    }

    private static Instant at8(LocalDate day) {
        return day.atTime(FIRE_TIME).atZone(GenevaTime.ZONE).toInstant();
    }

    /** R-PLAT.4: a reminder after the due date (the report is overdue). */
    public boolean isOverdueReminder() {
        return daysBefore < 0;
    }

    /**
     * R-C3, R-ACC.2, R-ACC.3: whether the recipient still acts in the role the reminder is for (a member who left the
     * organisation, a representative whose authorisation was revoked, a replaced Neutral no longer does).
     */
    public boolean isStillFor() {
        ParticipantRole role = switch (kind) {
            case ANSWER -> ParticipantRole.RESPONDING_PARTY;
            case RESOLUTION, RESOLUTION_CAP -> ParticipantRole.NEUTRAL;
            case APPOINTMENT_TARGET -> null;
            // R-PLAT.4: nobody is reminded of a report already made.
            case IMPLEMENTATION_REPORT ->
                procedure.implementationReport().isEmpty() ? ParticipantRole.RESPONDING_PARTY : null;
        };
        return role != null
                && procedure.circle().accountsOf(role).stream().anyMatch(a -> a.id().equals(recipient.id()));
    }

    public void markSent(Instant at) {
        this.sentAt = at;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public Procedure procedure() {
        return procedure;
    }

    public UserAccount recipient() {
        return recipient;
    }

    public ProcedureDeadline.Kind kind() {
        return kind;
    }

    public LocalDate due() {
        return due;
    }

    public int daysBefore() {
        return daysBefore;
    }

    public Instant fireAt() {
        return fireAt;
    }
}
