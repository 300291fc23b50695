package org.concord.service.statistics;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.security.SecurityEvent;
import org.concord.domain.statistics.AverageDuration;
import org.concord.domain.statistics.Dimension;
import org.concord.domain.statistics.Facts;
import org.concord.domain.statistics.GateDecision;
import org.concord.domain.statistics.GateRun;
import org.concord.domain.statistics.LedgerHead;
import org.concord.domain.statistics.MedianDuration;
import org.concord.domain.statistics.Period;
import org.concord.domain.statistics.Publication;
import org.concord.domain.statistics.PublicationGate;
import org.concord.domain.statistics.PublishedTable;
import org.concord.domain.statistics.Release;
import org.concord.domain.statistics.TableSpec;
import org.concord.domain.time.GenevaTime;
import org.concord.reports.StatisticsReport;
import org.concord.reports.StatisticsTable;
import org.concord.service.Page;
import org.concord.service.background.BackgroundRunQueued;
import org.concord.service.security.SecurityLog;

/**
 * Published statistics (R-13.3, R-STAT.1–R-STAT.3, statistics.md). Administrators define publications and run the
 * publication gate over them; each run is audited against the whole ledger of its year (every earlier release, period
 * and cut-off) and either releases, frozen in the ledger, or is refused with its reasons. Everyone, signed in or not,
 * reads the releases as PDF and CSV; only staff see the decisions, their evidence and the true values.
 */
@Stateless
public class StatisticsService {

    /** The most rows a page of releases or decisions has. */
    public static final int MAX_PAGE = 100;

    /** How long the audit may take before the gate refuses (statistics.md 8: fail closed). */
    static final Duration AUDIT_BUDGET = Duration.ofSeconds(90);

    /** How often a background run writes how many linear programs it has solved. */
    static final long PROGRESS_EVERY_MS = 250;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private StatisticsFacts facts;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private GateRunSteps steps;

    @Inject
    private Event<BackgroundRunQueued> queued;

    @RolesAllowed("CENTER_ADMIN")
    public PublicationView define(@NotNull @Valid PublicationForm form) {
        String by = context.getCallerPrincipal().getName();
        Publication publication;
        if (form.isAnnualReport()) {
            publication = Publication.annualReport(form.getTitle(), by, clock.instant());
        } else {
            List<TableSpec> specs = form.getTables().stream()
                    .filter(code -> code != null && !code.isBlank())
                    .map(TableSpec::parse)
                    .toList();
            publication = Publication.define(form.getTitle(), specs, form.getPeriodKind(), by, clock.instant());
        }
        em.persist(publication);
        securityLog.configurationChanged(
                SecurityEvent.Type.STATISTICS_PUBLICATION_DEFINED, "publication=" + publication.id());
        return PublicationView.of(publication);
    }

    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF"})
    public List<PublicationView> publications() {
        return em.createNamedQuery("Publication.all", Publication.class)
                .getResultStream()
                .map(PublicationView::of)
                .toList();
    }

    /**
     * Runs the gate within the request: locks the year's ledger (no two releases of a year are audited without each
     * other), reads the year's facts against every cut-off of the ledger and this one, and records the decision. The
     * console runs it in the background instead ({@link #start}).
     */
    @RolesAllowed("CENTER_ADMIN")
    public DecisionView run(@NotNull @Valid RunForm form) {
        Publication publication = publication(form.getPublication());
        Period period = publication.period(form.getYear(), form.getQuarter());
        requirePast(form.getCutoff());
        PublicationGate.Settings settings = new PublicationGate.Settings(form.getK(), form.getKp(), true, AUDIT_BUDGET);
        Release release = decide(
                publication,
                period,
                form.getCutoff(),
                settings,
                form.getFreeText(),
                context.getCallerPrincipal().getName(),
                (step, programs) -> {});
        return DecisionView.of(release, true);
    }

    /**
     * Starts a run of the gate in the background (issue 24): checked at once (the publication, the period, a past
     * cut-off, the thresholds), queued, and run on another thread after this transaction commits. A year takes one
     * release at a time: a request for the very release already running joins that run; another is refused
     * until it is over. A run abandoned by a stopped instance is failed closed first.
     */
    @RolesAllowed("CENTER_ADMIN")
    public GateRunStarted start(@NotNull @Valid RunForm form) {
        Publication publication = publication(form.getPublication());
        Period period = publication.period(form.getYear(), form.getQuarter());
        requirePast(form.getCutoff());
        if (form.getCutoff().isBefore(period.firstDay())) {
            throw new RuleViolation(
                    "R-STAT.1", "/cutoff", "statistics.cutoff.beforePeriod", form.getCutoff(), period.code());
        }
        PublicationGate.Settings settings = new PublicationGate.Settings(form.getK(), form.getKp(), true, AUDIT_BUDGET);
        Instant now = clock.instant();
        Optional<GateRun> active = em.createNamedQuery("GateRun.activeOfYear", GateRun.class)
                .setParameter("year", period.year())
                .getResultStream()
                .findFirst();
        if (active.isPresent()) {
            GateRun running = active.get();
            if (running.stale(now)) {
                running.abandon(now);
                em.flush();
            } else if (running.mayBeJoinedBy(publication, period, form.getCutoff(), form.getK(), form.getKp())) {
                return new GateRunStarted(GateRunView.of(running), true);
            } else {
                running.requireNotBlocking(publication, period, form.getCutoff(), form.getK(), form.getKp());
            }
        }
        GateRun run = GateRun.request(
                publication,
                period,
                form.getCutoff(),
                settings,
                publication.annualReport() ? form.getFreeText() : null,
                context.getCallerPrincipal().getName(),
                now);
        em.persist(run);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // another instance queued a run of this year between the look-up and here: its active_year is unique
            throw new RuleViolation("R-13.3", "/year", "statistics.run.busy", period.year());
        }
        queued.fire(new BackgroundRunQueued(GateRun.class, run.id()));
        return new GateRunStarted(GateRunView.of(run), false);
    }

    /**
     * Staff: a background run where it is now, or how it ended (issue 24). A run silent for {@link GateRun#STALE} (its
     * instance stopped) is failed closed when it is looked at, so that its page does not wait for it forever.
     */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF"})
    public GateRunView gateRun(UUID id) {
        GateRun run = Optional.ofNullable(em.find(GateRun.class, id)).orElseThrow(NotFound::new);
        Instant now = clock.instant();
        if (run.stale(now)) {
            run.abandon(now);
        }
        return GateRunView.of(run);
    }

    /**
     * Performs a claimed run ({@link GateWork}): the gate as {@link #run} does it, telling the run's row each step
     * and, while auditing, how many linear programs it has solved (at most every {@value #PROGRESS_EVERY_MS} ms),
     * each in its own transaction so that the page sees it while this one is still open. The release and the run's
     * end commit together.
     */
    @RolesAllowed("CENTER_ADMIN")
    public void perform(UUID id) {
        GateRun run = Optional.ofNullable(em.find(GateRun.class, id)).orElseThrow(NotFound::new);
        steps.progress(id, GateRun.Step.READING_LEDGER, 0);
        long[] last = {0};
        Release release = decide(
                run.publication(),
                run.period(),
                run.cutoff(),
                run.settings(AUDIT_BUDGET),
                run.freeText().orElse(null),
                run.requestedBy(),
                (step, programs) -> {
                    long now = System.nanoTime();
                    if (step != GateRun.Step.AUDITING || now - last[0] >= PROGRESS_EVERY_MS * 1_000_000L) {
                        last[0] = now;
                        steps.progress(id, step, programs);
                    }
                });
        em.refresh(run); // the progress was written by other transactions
        run.finish(release, clock.instant());
    }

    private Publication publication(UUID id) {
        return Optional.ofNullable(em.find(Publication.class, id)).orElseThrow(NotFound::new);
    }

    private void requirePast(LocalDate cutoff) {
        LocalDate today = GenevaTime.dateOf(clock.instant());
        if (!cutoff.isBefore(today)) {
            throw new RuleViolation("R-13.3", "/cutoff", "statistics.cutoff.notPast", cutoff);
        }
    }

    /** Where a run of the gate is: each step, and the linear programs solved while auditing. */
    private interface Progress {
        void at(GateRun.Step step, int programs);
    }

    private Release decide(
            Publication publication,
            Period period,
            LocalDate cutoff,
            PublicationGate.Settings settings,
            String freeText,
            String by,
            Progress progress) {
        progress.at(GateRun.Step.READING_LEDGER, 0);
        LedgerHead head = lockLedger(period.year());
        List<Release> ledger = em.createNamedQuery("Release.ledgerOfYear", Release.class)
                .setParameter("year", period.year())
                .getResultList();
        List<PublishedTable> published = new ArrayList<>();
        Set<LocalDate> cutoffs = new TreeSet<>(List.of(cutoff));
        Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
        publication.tables().forEach(spec -> dimensions.addAll(spec.dimensions()));
        for (Release release : ledger) {
            for (PublishedTable table : release.tables()) {
                published.add(table);
                cutoffs.add(table.cutoff());
                dimensions.addAll(table.spec().dimensions());
            }
        }
        progress.at(GateRun.Step.READING_FACTS, 0);
        Facts snapshot = facts.of(period.year(), cutoffs, dimensions);
        progress.at(GateRun.Step.AUDITING, 0);
        GateDecision decision = new PublicationGate(settings)
                .reporting(programs -> progress.at(GateRun.Step.AUDITING, programs))
                .decide(snapshot, published, publication.tables(), period, cutoff);
        progress.at(GateRun.Step.RECORDING, 0);
        AverageDuration average = null;
        MedianDuration median = null;
        if (decision.published() && publication.annualReport()) {
            long[] ended = facts.endedAndDays(period.year(), cutoff);
            List<AverageDuration> earlier =
                    ledger.stream().flatMap(r -> r.average().stream()).toList();
            average = AverageDuration.of(ended[0], ended[1], earlier, settings.k())
                    .orElse(null);
            // R-PLAT.5: the median beside the average, over the same Procedures and under the same check.
            median = MedianDuration.of(facts.durations(period.year(), cutoff), Optional.ofNullable(average))
                    .orElse(null);
        }
        Release release = Release.of(
                publication,
                period,
                cutoff,
                decision,
                settings,
                publication.annualReport() ? freeText : null,
                average,
                median,
                head,
                by,
                clock.instant());
        em.persist(release);
        securityLog.configurationChanged(
                SecurityEvent.Type.STATISTICS_RUN,
                "publication=" + publication.id() + ",release=" + release.id() + ",published=" + release.published());
        return release;
    }

    /** A run to start from: the last quarter that has ended, cut off at its last day. */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF"})
    public RunForm suggestedRun() {
        Period last = Period.lastQuarterBefore(GenevaTime.dateOf(clock.instant()));
        RunForm form = new RunForm();
        form.setYear(last.year());
        form.setQuarter(last.quarter());
        form.setCutoff(last.lastDay());
        return form;
    }

    private LedgerHead lockLedger(int year) {
        LedgerHead head = em.find(LedgerHead.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            head = new LedgerHead(year);
            em.persist(head);
            em.flush();
        }
        return head;
    }

    /** Staff: every decision, newest first, without evidence (R-STAT.3). */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF"})
    public Page<DecisionView> decisions(int page, int size) {
        return slice(em.createNamedQuery("Release.all", Release.class), page, size, r -> DecisionView.of(r, false));
    }

    /** Staff: one decision with its evidence (R-STAT.3). */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF"})
    public DecisionView decision(UUID id) {
        return DecisionView.of(release(id), true);
    }

    /**
     * Staff: every year's ledger verified, newest year first: each release still what it was when published,
     * in order, so that the gate audits the next release against what was really released.
     */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF"})
    public List<LedgerView> ledgers() {
        return em.createNamedQuery("LedgerHead.newestFirst", LedgerHead.class)
                .getResultStream()
                .map(head -> LedgerView.of(
                        head,
                        em.createNamedQuery("Release.ledgerOfYear", Release.class)
                                .setParameter("year", head.year())
                                .getResultList()))
                .toList();
    }

    /** Everyone: the published releases, newest first. */
    @PermitAll
    public Page<ReleaseView> releases(int page, int size) {
        return slice(em.createNamedQuery("Release.published", Release.class), page, size, ReleaseView::of);
    }

    /** Page {@code page} (from 0) of {@code size} rows, the size taken within 1–{@value #MAX_PAGE}. */
    private static <T> Page<T> slice(TypedQuery<Release> query, int page, int size, Function<Release, T> view) {
        int rows = Math.max(1, Math.min(MAX_PAGE, size));
        int from = Math.max(0, page);
        List<T> read = query.setFirstResult(from * rows)
                .setMaxResults(rows + 1)
                .getResultStream()
                .map(view)
                .toList();
        return Page.numbered(read.size() > rows ? read.subList(0, rows) : read, from, read.size() > rows);
    }

    @PermitAll
    public ReleaseView releaseView(UUID id) {
        return ReleaseView.of(publishedRelease(id));
    }

    /** Everyone: a release's CSV, codes only, the same bytes every time (statistics.md 6). */
    @PermitAll
    public byte[] csv(UUID id) {
        return StatisticsReport.csv(printed(publishedRelease(id)));
    }

    /** Everyone: a release's PDF in the reader's language, from the ledger's printed cells only (statistics.md 6). */
    @PermitAll
    public byte[] pdf(UUID id, Locale locale) {
        Release release = publishedRelease(id);
        return StatisticsReport.pdf(
                release.publication().title(),
                release.publication().annualReport(),
                GenevaTime.dateOf(release.decidedAt()),
                printed(release),
                release.freeText().orElse(null),
                locale);
    }

    static List<StatisticsTable> printed(Release release) {
        List<StatisticsTable> tables = new ArrayList<>(Rendering.tables(release.tables()));
        if (release.publication().annualReport()) {
            tables.add(Rendering.average(release.period().code(), release.cutoff(), release.average()));
            if (release.median().isPresent()) {
                tables.add(Rendering.median(release.period().code(), release.cutoff(), release.median()));
            }
        }
        return tables;
    }

    private Release publishedRelease(UUID id) {
        Release release = release(id);
        if (!release.published()) {
            throw new NotFound();
        }
        return release;
    }

    private Release release(UUID id) {
        return Optional.ofNullable(em.find(Release.class, id)).orElseThrow(NotFound::new);
    }
}
