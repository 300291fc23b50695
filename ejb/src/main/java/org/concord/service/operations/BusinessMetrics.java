package org.concord.service.operations;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Concord's business metrics in MicroProfile Metrics, served at {@code /metrics} for administrators (issue 25, R-OPS.1,
 * R-C1). Counters count on this instance (a scraper sums the instances); the outboxes' gauges read the shared database
 * ({@link Outboxes}), so every instance shows the same backlog; a job's last run is this instance's (each instance runs
 * its sweeps; the newest over the instances is the cluster's), but the publication gate's is read from the database.
 * Names, tags and values only: no reference, address or name of anyone.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BusinessMetrics {

    private static final Logger LOG = Logger.getLogger(BusinessMetrics.class.getName());

    /** What was filed, the {@code kind} tag of {@code concord_filings_total}. */
    public enum FilingKind {
        REQUEST,
        ANSWER,
        COMMUNICATION,
        MEDIATION_REQUEST;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Where a delivery goes, the {@code channel} tag. */
    public enum Channel {
        MAIL,
        WEBHOOK;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The periodic work whose last run is shown, the {@code job} tag of {@code concord_job_last_run_seconds}. */
    public enum Job {
        MAIL_DISPATCH,
        REMINDERS,
        APPOINTMENT_SWEEP,
        WEBHOOKS_DISPATCH,
        STATISTICS_GATE;

        String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Inject
    private MetricRegistry registry;

    @Inject
    private Outboxes outboxes;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final Map<FilingKind, Counter> filings = new EnumMap<>(FilingKind.class);
    private final Map<Channel, Counter> failures = new EnumMap<>(Channel.class);
    private final Map<Job, Instant> lastRuns = new ConcurrentHashMap<>();

    @PostConstruct
    void register() {
        Metadata filed = Metadata.builder()
                .withName("concord.filings")
                .withDescription("Filings committed on this instance, by kind")
                .build();
        for (FilingKind kind : FilingKind.values()) {
            filings.put(kind, registry.counter(filed, new Tag("kind", kind.tag())));
        }
        Metadata failed = Metadata.builder()
                .withName("concord.deliveries.failed")
                .withDescription("Delivery attempts (mail, webhook) that failed on this instance; each is retried")
                .build();
        for (Channel channel : Channel.values()) {
            failures.put(channel, registry.counter(failed, new Tag("channel", channel.tag())));
        }
        outbox(Channel.MAIL, Outboxes.Snapshot::mail);
        outbox(Channel.WEBHOOK, Outboxes.Snapshot::webhooks);
        Metadata lastRun = Metadata.builder()
                .withName("concord.job.last.run")
                .withDescription("When the job last completed a run, in seconds since 1970 (NaN: not yet); the"
                        + " sweeps' on this instance, the publication gate's in the whole cluster")
                .withUnit(MetricUnits.SECONDS)
                .build();
        for (Job job : Job.values()) {
            registry.gauge(lastRun, job, this::lastRunSeconds, new Tag("job", job.tag()));
        }
    }

    private void outbox(Channel channel, Function<Outboxes.Snapshot, OutboxState> which) {
        Tag tag = new Tag("channel", channel.tag());
        registry.gauge(
                Metadata.builder()
                        .withName("concord.outbox.backlog")
                        .withDescription("Items due now and not delivered, in the whole cluster")
                        .build(),
                which,
                w -> read(w, s -> (double) s.backlog()),
                tag);
        registry.gauge(
                Metadata.builder()
                        .withName("concord.outbox.failing")
                        .withDescription("Items whose last attempt failed and that are still tried")
                        .build(),
                which,
                w -> read(w, s -> (double) s.failing()),
                tag);
        registry.gauge(
                Metadata.builder()
                        .withName("concord.outbox.oldest.due.age")
                        .withDescription("How long the oldest waiting item has waited (mail: since written; webhook:"
                                + " since its attempt fell due)")
                        .withUnit(MetricUnits.SECONDS)
                        .build(),
                which,
                w -> read(w, s -> (double) s.oldestDueAge().toSeconds()),
                tag);
    }

    private double read(Function<Outboxes.Snapshot, OutboxState> which, Function<OutboxState, Double> value) {
        try {
            return value.apply(which.apply(outboxes.current()));
        } catch (SQLException unreachable) {
            LOG.log(Level.FINE, "The outboxes could not be read", unreachable);
            return Double.NaN;
        }
    }

    private double lastRunSeconds(Job job) {
        Optional<Instant> at = Optional.ofNullable(lastRuns.get(job));
        if (job == Job.STATISTICS_GATE) {
            try {
                at = outboxes.lastGateRun();
            } catch (SQLException unreachable) {
                return Double.NaN;
            }
        }
        return at.map(i -> i.toEpochMilli() / 1000.0).orElse(Double.NaN);
    }

    /** A filing of {@code kind} is being made in the current transaction: counted if and when it commits. */
    public void filed(FilingKind kind) {
        Counter counter = filings.get(kind);
        if (transactions.getTransactionKey() == null) {
            counter.inc();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.inc();
                }
            }
        });
    }

    /** A delivery attempt on {@code channel} failed (it is retried, R-C1, R-PLAT.2). */
    public void deliveryFailed(Channel channel) {
        failures.get(channel).inc();
    }

    /** {@code job} completed a run now. */
    public void ran(Job job) {
        lastRuns.put(job, clock.instant());
    }
}
