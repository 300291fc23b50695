package org.concord.domain.statistics;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.audit.AuditChain;
import org.concord.domain.document.Document;

/**
 * One decision of the publication gate over a {@link Publication} for a period at a data cut-off (statistics.md):
 * either a release, frozen in the year's ledger with every cell's true value and status and chained to the previous
 * release by its hash, or a refusal with its reasons. Both keep the audit evidence (intervals, solver, k), which is
 * confidential: it holds true values (R-STAT.3). A correction is a new release; nothing here ever changes.
 */
@Entity
@Table(name = "statistics_release")
@NamedQuery(name = "Release.ledgerOfYear", query = """
        select distinct r from Release r left join fetch r.cells where r.year = :year and r.published = true
        order by r.sequence""")
@NamedQuery(name = "Release.published", query = """
        select r from Release r join fetch r.publication where r.published = true
        order by r.decidedAt desc, r.id""")
@NamedQuery(name = "Release.all", query = """
        select r from Release r join fetch r.publication order by r.decidedAt desc, r.id""")
public class Release {

    public static final int FREE_TEXT_MAX = 20_000;

    @Id
    private UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "publication_id")
    private Publication publication;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false)
    private int quarter;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 20)
    private Period.Kind periodKind;

    @Column(nullable = false)
    private LocalDate cutoff;

    @Column(nullable = false)
    private boolean published;

    @Column(nullable = false)
    private int k;

    @Column(nullable = false)
    private int kp;

    @Column(nullable = false, length = 100)
    private String solver;

    @Column(length = 20_000)
    private String refusals;

    /** One line per target: which, its true value, the outsider's interval, the insiders' least upper bound. */
    @ElementCollection
    @CollectionTable(name = "statistics_evidence", joinColumns = @JoinColumn(name = "release_id"))
    @OrderColumn(name = "position")
    @Column(name = "line", nullable = false, length = 1000)
    private List<String> evidence = new ArrayList<>();

    @Column(name = "free_text", length = FREE_TEXT_MAX)
    private String freeText;

    /** R-STAT.2: the average time to resolve in whole days, and over how many ended Procedures (confidential). */
    @Column(name = "average_days")
    private Integer averageDays;

    @Column(name = "average_over")
    private Integer averageOver;

    /** R-PLAT.5: the median time to resolve in whole days, printed with the average ({@link MedianDuration}). */
    @Column(name = "median_days")
    private Integer medianDays;

    @Column(name = "decided_by", nullable = false, length = 254)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "sequence_number")
    private Long sequence;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(length = 64)
    private String hash;

    @ElementCollection
    @CollectionTable(name = "statistics_cell", joinColumns = @JoinColumn(name = "release_id"))
    @OrderColumn(name = "position")
    private List<ReleasedCell> cells = new ArrayList<>();

    protected Release() {}

    /**
     * Records what the gate decided; a release is appended to the year's ledger {@code head}, which the caller holds
     * locked. {@code average} is the annual report's average time to resolve (R-STAT.2), or {@code null}; like every
     * printed figure, it is part of the release's hash.
     */
    public static Release of(
            Publication publication,
            Period period,
            LocalDate cutoff,
            GateDecision decision,
            PublicationGate.Settings settings,
            String freeText,
            AverageDuration average,
            LedgerHead head,
            String by,
            Instant at) {
        return of(publication, period, cutoff, decision, settings, freeText, average, null, head, by, at);
    }

    /**
     * As above, with the annual report's median time to resolve (R-PLAT.5), printed only with the average over the
     * same Procedures ({@link MedianDuration}); part of the release's hash when printed.
     */
    public static Release of(
            Publication publication,
            Period period,
            LocalDate cutoff,
            GateDecision decision,
            PublicationGate.Settings settings,
            String freeText,
            AverageDuration average,
            MedianDuration median,
            LedgerHead head,
            String by,
            Instant at) {
        if (head.year() != period.year()) {
            throw new IllegalArgumentException("The ledger of " + head.year() + " is not that of " + period.code());
        }
        if (freeText != null && freeText.length() > FREE_TEXT_MAX) {
            throw new RuleViolation("R-STAT.2", "/freeText", "statistics.freeText.tooLong", FREE_TEXT_MAX);
        }
        Release release = new Release();
        release.id = UUID.randomUUID();
        release.publication = publication;
        release.year = period.year();
        release.quarter = period.quarter();
        release.periodKind = period.kind();
        release.cutoff = cutoff;
        release.published = decision.published();
        release.k = settings.k();
        release.kp = settings.kp();
        release.solver = decision.solver();
        release.refusals = decision.refusals().isEmpty() ? null : String.join("\n", decision.refusals());
        decision.evidence().stream().map(Release::line).forEach(release.evidence::add);
        release.freeText = freeText == null || freeText.isBlank() ? null : freeText.strip();
        release.decidedBy = Objects.requireNonNull(by);
        release.decidedAt = Objects.requireNonNull(at);
        if (average != null) {
            if (!decision.published()) {
                throw new IllegalArgumentException("Only a release prints an average");
            }
            release.averageDays = average.days();
            release.averageOver = average.over();
            release.medianDays = median == null ? null : median.days();
        } else if (median != null) {
            throw new IllegalArgumentException("A median is printed only with the average over the same Procedures");
        }
        if (decision.published()) {
            for (PublishedTable table : decision.tables()) {
                for (Cell cell : table.cells()) {
                    release.cells.add(new ReleasedCell(table.spec().code(), cell));
                }
            }
            release.sequence = head.sequence() + 1;
            release.previousHash = head.hash();
            release.hash = release.computeHash();
            head.advance(release.sequence, release.hash);
        }
        return release;
    }

    private static String line(TargetCheck check) {
        String line =
                check.target() + " | value " + check.value() + " | outsider " + check.outsider() + " | insiders ≤ "
                        + (check.insiderUpper() == Interval.UNBOUNDED ? "∞" : check.insiderUpper())
                        + (check.passed() ? " | passed" : " | FAILED");
        return line.length() <= 1000 ? line : line.substring(0, 999) + "…";
    }

    /**
     * SHA-256 over the previous hash and everything released — every cell with its true value and status, the average
     * and the Center's section — so that no released figure or text can be edited unseen.
     */
    String computeHash() {
        StringBuilder canonical = new StringBuilder(previousHash)
                .append('\n')
                .append(sequence)
                .append('\n')
                .append(publication.id())
                .append('\n')
                .append(period().code())
                .append('\n')
                .append(cutoff)
                .append("\naverage,")
                .append(averageDays)
                .append(',')
                .append(averageOver)
                // R-PLAT.5: only releases that print a median hash it, so every earlier release keeps its hash.
                .append(medianDays == null ? "" : "\nmedian," + medianDays)
                .append("\ntext,")
                .append(freeText == null ? "" : Document.sha256(freeText.getBytes(StandardCharsets.UTF_8)));
        for (ReleasedCell cell : cells) {
            Cell c = cell.cell();
            canonical
                    .append('\n')
                    .append(cell.table())
                    .append(',')
                    .append(c.ref().row())
                    .append(',')
                    .append(c.ref().column())
                    .append(',')
                    .append(c.value())
                    .append(',')
                    .append(c.status());
        }
        return Document.sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** This release as a link of its year's ledger (published releases only). */
    AuditChain.Link link() {
        return new AuditChain.Link(sequence, previousHash, hash, computeHash());
    }

    /** The released tables, in print order, as the gate audits them on the next release. */
    public List<PublishedTable> tables() {
        Map<String, List<Cell>> byTable = new LinkedHashMap<>();
        for (ReleasedCell cell : cells) {
            byTable.computeIfAbsent(cell.table(), t -> new ArrayList<>()).add(cell.cell());
        }
        Period period = period();
        List<PublishedTable> result = new ArrayList<>();
        byTable.forEach((code, tableCells) ->
                result.add(new PublishedTable(TableSpec.parse(code), period, cutoff, tableCells)));
        return result;
    }

    public Period period() {
        return new Period(periodKind, year, quarter);
    }

    public UUID id() {
        return id;
    }

    public Publication publication() {
        return publication;
    }

    public LocalDate cutoff() {
        return cutoff;
    }

    public boolean published() {
        return published;
    }

    public int k() {
        return k;
    }

    public int kp() {
        return kp;
    }

    public String solver() {
        return solver;
    }

    public List<String> refusals() {
        return refusals == null ? List.of() : List.of(refusals.split("\n"));
    }

    public List<String> evidence() {
        return List.copyOf(evidence);
    }

    public Optional<String> freeText() {
        return Optional.ofNullable(freeText);
    }

    /** R-PLAT.5: the median time to resolve, if printed. */
    public Optional<MedianDuration> median() {
        return Optional.ofNullable(medianDays).map(MedianDuration::new);
    }

    public Optional<AverageDuration> average() {
        return averageDays == null ? Optional.empty() : Optional.of(new AverageDuration(averageDays, averageOver));
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Optional<Long> sequence() {
        return Optional.ofNullable(sequence);
    }

    public Optional<String> hash() {
        return Optional.ofNullable(hash);
    }

    public Optional<String> previousHash() {
        return Optional.ofNullable(previousHash);
    }
}
