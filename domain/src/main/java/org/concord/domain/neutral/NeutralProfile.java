package org.concord.domain.neutral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.PartyName;

/**
 * What the Center knows of a Neutral for appointment: the countries and languages it works in, the
 * matters and expertise, its declared absences and the most Procedures it takes at once, and the relationships it
 * declared. Kept by CENTER_ADMIN. The short lists are kept as text (they are only read whole, never queried).
 */
@Entity
@Table(name = "neutral_profile")
@NamedQuery(name = "NeutralProfile.all", query = """
        select p from NeutralProfile p join fetch p.account a left join fetch a.roles
        order by a.displayName, a.email""")
@NamedQuery(name = "NeutralProfile.loadRelationships", query = """
        select p from NeutralProfile p left join fetch p.relationships""")
@NamedQuery(name = "NeutralProfile.loadAbsences", query = """
        select p from NeutralProfile p left join fetch p.absences""")
@NamedQuery(name = "NeutralProfile.representativeIn", query = """
        select np.account.id, p from Procedure p, NeutralProfile np
        where p.request.representativeKey = np.nameKey and p.id <> :id""")
@NamedQuery(name = "NeutralProfile.answerRepresentativeIn", query = """
        select np.account.id, p from Procedure p, NeutralProfile np
        where p.answer.representativeKey = np.nameKey and p.id <> :id""")
@NamedQuery(name = "NeutralProfile.sideIn", query = """
        select pa.account.id, pa.role, p from Participant pa join pa.procedure p, NeutralProfile np
        where np.account = pa.account and pa.role <> org.concord.domain.procedure.ParticipantRole.NEUTRAL
        and p.id <> :id""")
@NamedQuery(name = "NeutralProfile.openCaseloads", query = """
        select pa.account.id, count(pa) from Participant pa
        where pa.role = org.concord.domain.procedure.ParticipantRole.NEUTRAL and pa.leftAt is null
        and pa.procedure.state not in (org.concord.domain.procedure.ProcedureState.RESOLVED,
                                       org.concord.domain.procedure.ProcedureState.TERMINATED)
        group by pa.account.id""")
@NamedQuery(name = "NeutralProfile.directory", query = """
        select p from NeutralProfile p join fetch p.account a
        where p.listed = true and p.certifications like '%CERTIFIED%' order by a.displayName, p.id""")
@NamedQuery(name = "NeutralProfile.ofAccount", query = "select p from NeutralProfile p where p.account.id = :accountId")
public class NeutralProfile {

    public static final int MAX_KEYWORDS = 30;
    public static final int MAX_CASELOAD = 500;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    @Id
    private UUID id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true, updatable = false)
    private UserAccount account;

    /** the Neutral's name as the conflict check compares it with representatives' names in the Center's files. */
    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    /** ISO 3166-1 alpha-2 codes, comma-separated. */
    @Column(name = "countries", nullable = false, length = 1000)
    private String countries = "";

    /** ISO 639-1 codes, comma-separated. */
    @Column(name = "languages", nullable = false, length = 500)
    private String languages = "";

    @Column(name = "matters", nullable = false, length = 100)
    private String matters = "";

    @Column(name = "expertise_areas", nullable = false, length = 500)
    private String areas = "";

    /** Free keywords, lower case, separated by '|'. */
    @Column(name = "keywords", nullable = false, length = 2000)
    private String keywords = "";

    @Column(name = "max_open_caseload", nullable = false)
    private int maxOpenCaseload;

    /** R-M4: the mediation certifications the Center verified, comma-separated. */
    @Column(name = "certifications", nullable = false, length = 200)
    private String certifications = "";

    /** R-M4: whether the mediator shows in the public directory (its own choice). */
    @Column(name = "listed", nullable = false)
    private boolean listed = true;

    /** R-M4: a short biography the mediator writes for the directory; plain text, {@code null} while none. */
    @Column(name = "biography", length = BIOGRAPHY_MAX)
    private String biography;

    @ElementCollection
    @CollectionTable(name = "neutral_absence", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderBy("from")
    private List<Absence> absences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "neutral_relationship", joinColumns = @JoinColumn(name = "profile_id"))
    private List<Relationship> relationships = new ArrayList<>();

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NeutralProfile() {}

    /** A new profile of a Neutral's account, to be described by {@link #describe}. */
    public NeutralProfile(UserAccount account) {
        if (!account.hasRole(Role.NEUTRAL)) {
            throw new RuleViolation("R-8.2", "/account", "rule.neutral.notNeutral");
        }
        this.id = UUID.randomUUID();
        this.account = account;
        this.nameKey = PartyName.normalise(account.displayName());
    }

    /**
     * Replaces the profile's content. Every unknown code is refused with its field; nothing changes then.
     *
     * @param keywords free keywords of expertise, each at most 60 characters, at most {@value #MAX_KEYWORDS}
     */
    public void describe(
            Collection<String> countries,
            Collection<String> languages,
            Set<Matter> matters,
            Set<ExpertiseArea> areas,
            Collection<String> keywords,
            int maxOpenCaseload,
            List<Absence> absences,
            List<Relationship> relationships,
            UserAccount by,
            Instant at) {
        Set<String> countryCodes = codes(countries, Locale.ROOT, COUNTRIES, "/countries", "rule.neutral.country");
        Set<String> languageCodes = codes(languages, Locale.ROOT, LANGUAGES, "/languages", "rule.neutral.language");
        if (matters.isEmpty()) {
            throw new RuleViolation("R-8.2", "/matters", "rule.neutral.matters");
        }
        Set<String> words = new LinkedHashSet<>();
        for (String k : keywords) {
            String word = k == null ? "" : k.strip().toLowerCase(Locale.ROOT);
            if (word.length() > 60 || word.contains("|")) {
                throw new RuleViolation("R-8.2", "/keywords", "rule.neutral.keyword", k, 60);
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.size() > MAX_KEYWORDS) {
            throw new RuleViolation("R-8.2", "/keywords", "rule.neutral.keywords", MAX_KEYWORDS);
        }
        if (maxOpenCaseload < 1 || maxOpenCaseload > MAX_CASELOAD) {
            throw new RuleViolation("R-8.2", "/maxOpenCaseload", "rule.neutral.caseload", MAX_CASELOAD);
        }
        this.countries = String.join(",", countryCodes);
        this.languages = String.join(",", languageCodes);
        this.matters = matters.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.areas = areas.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.keywords = String.join("|", words);
        this.maxOpenCaseload = maxOpenCaseload;
        this.absences.clear();
        this.absences.addAll(
                absences.stream().sorted((a, b) -> a.from().compareTo(b.from())).toList());
        this.relationships.clear();
        this.relationships.addAll(relationships);
        this.updatedBy = by.email();
        this.updatedAt = at;
    }

    private static Set<String> codes(
            Collection<String> given, Locale locale, Set<String> known, String field, String key) {
        Set<String> codes = new TreeSet<>();
        for (String c : given) {
            String code = c == null ? "" : c.strip();
            if (code.isEmpty()) {
                continue;
            }
            String upper = code.toUpperCase(locale);
            String canonical = known.contains(upper) ? upper : code.toLowerCase(locale);
            if (!known.contains(canonical)) {
                throw new RuleViolation("R-8.2", field, key, code);
            }
            codes.add(canonical);
        }
        return codes;
    }

    /** R-M4: the certifications the Center verified (CENTER_ADMIN, with the profile). */
    public void certify(Set<Certification> held) {
        this.certifications = held.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** R-M4: the mediator shows in the directory or hides from it. */
    public void listInDirectory(boolean listed) {
        this.listed = listed;
    }

    /** R-M4: the longest biography, in characters. */
    public static final int BIOGRAPHY_MAX = 1000;

    /**
     * R-M4: the mediator writes its short biography for the public directory (plain text, at most
     * {@value #BIOGRAPHY_MAX} characters); blank removes it.
     */
    public void writeBiography(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > BIOGRAPHY_MAX) {
            throw new RuleViolation("R-M4", "/biography", "rule.directory.biographyTooLong", BIOGRAPHY_MAX);
        }
        this.biography = stripped.isEmpty() ? null : stripped;
    }

    public Optional<String> biography() {
        return Optional.ofNullable(biography);
    }

    /** R-M4: in the public directory, and eligible for a mediation: certified and not hidden. */
    public boolean isInDirectory() {
        return listed && certifications().contains(Certification.CERTIFIED);
    }

    public Set<Certification> certifications() {
        Set<Certification> set = EnumSet.noneOf(Certification.class);
        split(certifications, ",").forEach(c -> set.add(Certification.valueOf(c)));
        return set;
    }

    public boolean isListed() {
        return listed;
    }

    /** Whether the Neutral declared itself absent on any day of {@code [start, end]}; the days it would miss. */
    public long absentDays(LocalDate start, LocalDate end) {
        return absences.stream().mapToLong(a -> a.daysWithin(start, end)).sum();
    }

    public UUID id() {
        return id;
    }

    public UserAccount account() {
        return account;
    }

    public Set<String> countries() {
        return split(countries, ",");
    }

    public Set<String> languages() {
        return split(languages, ",");
    }

    public Set<Matter> matters() {
        Set<Matter> set = EnumSet.noneOf(Matter.class);
        split(matters, ",").forEach(m -> set.add(Matter.valueOf(m)));
        return set;
    }

    public Set<ExpertiseArea> areas() {
        Set<ExpertiseArea> set = EnumSet.noneOf(ExpertiseArea.class);
        split(areas, ",").forEach(a -> set.add(ExpertiseArea.valueOf(a)));
        return set;
    }

    public Set<String> keywords() {
        return split(keywords, "\\|");
    }

    public int maxOpenCaseload() {
        return maxOpenCaseload;
    }

    public List<Absence> absences() {
        return Collections.unmodifiableList(absences);
    }

    public List<Relationship> relationships() {
        return Collections.unmodifiableList(relationships);
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private static Set<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(joined.split(separator))));
    }
}
