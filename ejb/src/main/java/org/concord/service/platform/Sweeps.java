package org.concord.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.domain.retention.DataClass;
import org.concord.service.appointment.AppointmentService;
import org.concord.service.mail.DispatchSignal;
import org.concord.service.mail.MailDispatcher;
import org.concord.service.mail.MailQueued;
import org.concord.service.operations.BusinessMetrics;
import org.concord.service.operations.BusinessMetrics.Job;
import org.concord.service.reminder.ReminderDispatcher;
import org.concord.service.retention.Erasure;
import org.concord.service.statistics.CaseloadFigures;
import org.concord.service.webhook.WebhookDispatcher;
import org.concord.service.webhook.WebhookQueued;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The periodic work of every instance: sending the mail outbox (R-C1), due reminders (R-C3) and webhook deliveries
 * (R-PLAT.2), moving lapsed invitations on to the next candidate, recomputing the staff's caseload figures
 * (R-STAT.3) and erasing what is past its retention period (R-OPS.3), each at its configured interval; queued
 * mail and webhook deliveries are also sent right after the transaction that queued them commits. The timers are not persistent (Payara Micro's persistent timers fire only
 * where they were created): the rows are the state, claimed with {@code SKIP LOCKED}, so several instances and
 * restarts still send each mail and reminder once. Each completed sweep is shown at {@code /metrics} (issue 25).
 * Read-locked:
 * a sweep in progress must not hold up the requests whose commits announce new mail.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
@Lock(LockType.READ)
public class Sweeps {

    private static final Logger LOG = Logger.getLogger(Sweeps.class.getName());
    private static final String MAIL = "mail-outbox";
    private static final String REMINDERS = "reminders";
    private static final String INVITATIONS = "invitations";
    private static final String WEBHOOKS = "webhooks";
    private static final String CASELOAD = "caseload";
    private static final String RETENTION = "retention";

    private final DispatchSignal dispatch = new DispatchSignal();
    private final DispatchSignal webhookDispatch = new DispatchSignal();

    @Resource
    private TimerService timerService;

    @Inject
    private MailDispatcher mail;

    @Inject
    private ReminderDispatcher reminders;

    @Inject
    private AppointmentService appointments;

    @Inject
    private WebhookDispatcher webhooks;

    @Inject
    private BusinessMetrics metrics;

    @Inject
    private CaseloadFigures caseload;

    @Inject
    @ConfigProperty(name = "concord.caseload.refresh.interval", defaultValue = "300")
    private long caseloadIntervalSeconds;

    @Inject
    private Erasure erasure;

    @Inject
    @ConfigProperty(name = "concord.retention.interval")
    private long retentionIntervalSeconds;

    @Inject
    @ConfigProperty(name = "concord.webhooks.dispatch.interval", defaultValue = "10")
    private long webhookIntervalSeconds;

    @Inject
    @ConfigProperty(name = "concord.appointment.sweep.interval")
    private long invitationIntervalSeconds;

    @Inject
    @ConfigProperty(name = "concord.mail.dispatch.interval")
    private long mailIntervalSeconds;

    @Inject
    @ConfigProperty(name = "concord.reminders.interval")
    private long reminderIntervalSeconds;

    @PostConstruct
    void start() {
        every(mailIntervalSeconds, MAIL);
        every(reminderIntervalSeconds, REMINDERS);
        every(invitationIntervalSeconds, INVITATIONS);
        every(webhookIntervalSeconds, WEBHOOKS);
        // R-STAT.3: the staff's caseload figures, first soon after start, then at their interval.
        timerService.createIntervalTimer(
                5_000, Math.max(1, caseloadIntervalSeconds) * 1000, new TimerConfig(CASELOAD, false));
        every(retentionIntervalSeconds, RETENTION);
    }

    private void every(long seconds, String what) {
        long interval = Math.max(1, seconds) * 1000;
        timerService.createIntervalTimer(interval, interval, new TimerConfig(what, false));
    }

    @Timeout
    void sweep(Timer timer) {
        if (REMINDERS.equals(timer.getInfo())) {
            reminders.sendDue();
            metrics.ran(Job.REMINDERS);
        } else if (INVITATIONS.equals(timer.getInfo())) {
            for (UUID procedure : appointments.lapsedInvitations()) {
                try {
                    appointments.lapse(procedure);
                } catch (EJBException failed) {
                    LOG.log(Level.WARNING, "Lapsing the invitation of procedure " + procedure + " failed", failed);
                }
            }
            metrics.ran(Job.APPOINTMENT_SWEEP);
        } else if (CASELOAD.equals(timer.getInfo())) {
            caseload.refreshIfDue();
        } else if (RETENTION.equals(timer.getInfo())) {
            // R-OPS.3: each class batch by batch, each batch claimed through its lease row.
            for (DataClass dataClass : DataClass.values()) {
                try {
                    while (erasure.eraseDue(dataClass) == Erasure.BATCH) {
                        // a full batch: there may be more
                    }
                } catch (EJBException failed) {
                    // One class failing (rolled back, retried at the next run) does not hold up the others.
                    LOG.log(Level.WARNING, "Retention: erasing " + dataClass + " failed", failed);
                }
            }
        } else if (WEBHOOKS.equals(timer.getInfo())) {
            // R-PLAT.2: the retries fall due here; new deliveries are nudged after their commit.
            while (webhooks.dispatchDue() > 0) {
                // claimed and attempted a batch: there may be more
            }
            metrics.ran(Job.WEBHOOKS_DISPATCH);
        } else {
            mail.dispatchDue();
            metrics.ran(Job.MAIL_DISPATCH);
        }
    }

    /** Mail was committed: a dispatcher is started unless one is running (it will send this mail too). */
    public void onMailQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        if (dispatch.mailQueued()) {
            mail.dispatchDueAsync(dispatch);
        }
    }

    /** R-PLAT.2: a webhook delivery was committed: a dispatcher is started unless one is running on this instance. */
    public void onWebhookQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued event) {
        if (webhookDispatch.queued()) {
            webhooks.dispatchDueAsync(webhookDispatch);
        }
    }
}
