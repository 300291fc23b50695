package org.concord.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.concord.domain.account.ApiToken;
import org.concord.domain.account.Representation;
import org.concord.domain.account.Role;
import org.concord.domain.account.TotpFactor;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.fee.Fee;
import org.concord.domain.fee.FeeKind;
import org.concord.domain.fee.LedgerEntry;
import org.concord.domain.neutral.Absence;
import org.concord.domain.neutral.Certification;
import org.concord.domain.neutral.ExpertiseArea;
import org.concord.domain.neutral.NeutralProfile;
import org.concord.domain.neutral.Relationship;
import org.concord.domain.organisation.MemberRole;
import org.concord.domain.organisation.Organisation;
import org.concord.domain.organisation.OrganisationKind;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.RequestItems;
import org.concord.domain.procedure.RequesterCapacity;
import org.concord.domain.procedure.Restriction;
import org.concord.domain.procedure.TerminationGround;
import org.concord.domain.sor.StatementImport;
import org.concord.domain.sor.StatementOfReasons;
import org.concord.domain.time.Domicile;
import org.concord.domain.time.GenevaTime;
import org.concord.service.account.Accounts;
import org.concord.service.account.PasswordHashing;
import org.concord.service.fee.FeeService;
import org.concord.service.fee.Fees;
import org.concord.service.procedure.Procedures;
import org.concord.service.reminder.ReminderPlanner;
import org.concord.service.sor.Statements;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for trying Concord out: a few accounts per role and procedures in several states. Loaded only when
 * {@code concord.demo.enabled} is true (the default of the embedded run, off otherwise) and the database has no
 * account yet, so it never touches a database in use. The accounts and the password are listed in the README.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    /** The demo accounts' password (README). */
    public static final String PASSWORD = "concord-demo";

    /**
     * R-SEC.2: the one TOTP secret of every demo account whose role requires a second factor (README: add it to an
     * authenticator app, or compute the code). Demo mode only; a real installation's accounts enrol their own.
     */
    public static final String TOTP_SECRET = "CONCORDDEMOTOTPSECRETJUSTFORDEMO";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    private org.concord.service.time.DeadlineService deadlines;

    @Inject
    @ConfigProperty(name = "concord.tokens.default-validity", defaultValue = "P90D")
    private Duration tokenValidity;

    @Inject
    @ConfigProperty(name = "concord.demo.enabled")
    private boolean enabled;

    @Inject
    private Accounts accounts;

    @Inject
    private Procedures procedures;

    @Inject
    private ReminderPlanner reminders;

    @Inject
    private Statements statements;

    @Inject
    private FeeService fees;

    @Inject
    private Fees feeRepository;

    @Inject
    private PasswordHashing passwordHash;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @PostConstruct
    void load() {
        if (!enabled || accounts.count() > 0) {
            return;
        }
        Instant now = clock.instant();
        String hash = passwordHash.hash(PASSWORD);
        UserAccount admin =
                account("admin@concord.example", "Ada Administrator", Role.CENTER_ADMIN, Locale.ENGLISH, hash, now);
        // Domiciles: Alice in France, Bob's label in Bavaria, Streamly in Ireland.
        UserAccount staff =
                account("staff@concord.example", "Sam Caseworker", Role.CENTER_STAFF, Locale.ENGLISH, hash, now);
        UserAccount expert =
                account("expert@concord.example", "Dr. Nora Expert", Role.NEUTRAL, Locale.FRENCH, hash, now);
        UserAccount expert2 =
                account("expert2@concord.example", "Dr. Otto Zweitgutachter", Role.NEUTRAL, Locale.GERMAN, hash, now);
        UserAccount claire = account("claire@concord.example", "Claire Dubois", Role.NEUTRAL, Locale.FRENCH, hash, now);
        LocalDate today = GenevaTime.dateOf(now);
        // Profiles for the ranking on 8(b) and the conflict check; caseloads roomy enough for a demo.
        profile(
                expert,
                Set.of("FR", "BE", "CH"),
                Set.of("fr", "en"),
                EnumSet.allOf(Matter.class),
                EnumSet.of(ExpertiseArea.AUDIOVISUAL, ExpertiseArea.MUSIC_AND_AUDIO),
                List.of("cover", "parody"),
                100,
                List.of(),
                List.of(new Relationship(Relationship.Kind.PAST_CLIENT, "Videoly Inc", "videoly.example")),
                admin,
                now);
        profile(
                expert2,
                Set.of("DE", "AT", "CH"),
                Set.of("de", "en"),
                EnumSet.of(Matter.COPYRIGHT),
                EnumSet.of(ExpertiseArea.MUSIC_AND_AUDIO, ExpertiseArea.SOFTWARE_AND_APPS),
                List.of("sampling"),
                60,
                List.of(new Absence(today.plusDays(90), today.plusDays(104))),
                List.of(new Relationship(Relationship.Kind.ORGANISATION, "Verband der Tonträgerhersteller", null)),
                admin,
                now,
                Certification.CERTIFIED,
                Certification.INTER_CULTURAL);
        profile(
                claire,
                Set.of("FR", "LU"),
                Set.of("fr", "en"),
                EnumSet.of(Matter.TRADEMARK),
                EnumSet.of(ExpertiseArea.PRODUCTS_AND_COUNTERFEITS),
                List.of("counterfeit", "luxury goods"),
                8,
                List.of(),
                List.of(new Relationship(Relationship.Kind.LAW_FIRM, "Dubois Avocats", "dubois-avocats.example")),
                admin,
                now,
                Certification.CERTIFIED);
        UserAccount alice = account("alice@concord.example", "Alice Martin", Role.PARTY, Locale.ENGLISH, hash, now);
        UserAccount bob =
                account("bob@concord.example", "Bob Becker Records GmbH", Role.PARTY, Locale.GERMAN, hash, now);
        UserAccount platform = account("legal@streamly.example", "Streamly Ltd", Role.PARTY, Locale.ENGLISH, hash, now);
        // R-ACC.6: a Party with nothing running, whose account can be closed in the demo (issue 21).
        UserAccount dora = account("dora@concord.example", "Dora Departing", Role.PARTY, Locale.GERMAN, hash, now);
        // R-SEC.1, R-SEC.2 (issue 22): Parties whose sign-in the demo and the tests may lock out or upgrade, so that
        // nobody else is locked out.
        UserAccount lea = account("lea@concord.example", "Léa Verrou", Role.PARTY, Locale.FRENCH, hash, now);
        UserAccount hugo = account("hugo@concord.example", "Hugo Altschlüssel", Role.PARTY, Locale.GERMAN, hash, now);

        alice.domicileIn(Domicile.parse("FR"));
        bob.domicileIn(Domicile.parse("DE-BY"));
        platform.domicileIn(Domicile.parse("IE"));
        // R-ACC.2 (issue 21): Streamly is a platform organisation of two members, known in the Transparency Database
        // as "Streamly", "Streamly Ltd." and the fixture's "Platform 1"; it is the Responding Party.
        UserAccount counsel =
                account("counsel@streamly.example", "Sam Streamly Counsel", Role.PARTY, Locale.ENGLISH, hash, now);
        counsel.domicileIn(Domicile.parse("IE"));
        Organisation streamly = Organisation.create(
                OrganisationKind.ONLINE_PLATFORM,
                "Streamly Ltd",
                "Limited company",
                "IE",
                List.of("streamly.example"),
                List.of("Streamly", "Streamly Ltd.", "Platform 1"),
                staff,
                now);
        // Seeded as members directly (demo mode only): in use, people join by accepting an invitation (R-ACC.1).
        streamly.addMember(platform, MemberRole.MANAGER, staff, now);
        streamly.addMember(counsel, MemberRole.MEMBER, platform, now);
        em.persist(streamly);

        // R-ACC.3 (issue 21): Alice's law firm; its lawyer represents her in all her Procedures and mediations.
        UserAccount lawyer = account("lawyer@lexfirm.example", "Laura Lex", Role.PARTY, Locale.ENGLISH, hash, now);
        lawyer.domicileIn(Domicile.parse("FR"));
        Organisation lexFirm = Organisation.create(
                OrganisationKind.LAW_FIRM,
                "Lex & Partners",
                "Société d'avocats",
                "FR",
                List.of("lexfirm.example"),
                List.of(),
                staff,
                now);
        lexFirm.addMember(lawyer, MemberRole.MANAGER, staff, now);
        em.persist(lexFirm);
        Representation forAlice = Representation.invite(alice, lawyer.email(), null, now);
        forAlice.accept(lawyer, now);
        alice.authorises(forAlice);
        em.persist(forAlice);
        // R-SEC.3 (issue 22): each demo account's published token, every scope (README), so that a script calls the
        // API at once, and those who sign in with a second factor have a way in that is not their password.
        for (UserAccount demo : List.of(
                admin, staff, expert, expert2, claire, alice, bob, platform, counsel, lawyer, dora, lea, hugo)) {
            em.persist(ApiToken.demo(demo, tokenOf(demo.email()), tokenValidity, now)
                    .token());
        }

        // Its filing fee is unpaid: the Request is held.
        Procedure filed = request(
                alice,
                Matter.COPYRIGHT,
                RequesterCapacity.USER,
                Restriction.VISIBILITY,
                "Streamly removed my cover of a public-domain song as a copyright infringement.",
                days(now, 3));
        procedures.add(filed);
        fees.assess(filed, ParticipantRole.REQUESTING_PARTY);

        // Streamly has paid its administration fee but not yet the Neutral's fee.
        Procedure commenced = request(
                alice,
                Matter.COPYRIGHT,
                RequesterCapacity.USER,
                Restriction.ACCOUNT,
                "My account was suspended after a notice about a video I recorded myself.",
                days(now, 40));
        procedures.add(commenced);
        commence(commenced, streamly, staff, days(now, 39), days(now, 8));
        pay(commenced, FeeKind.ADMINISTRATION, days(now, 5));

        Procedure appointed = request(
                bob,
                Matter.TRADEMARK,
                RequesterCapacity.RIGHTHOLDER,
                Restriction.VISIBILITY,
                "Streamly kept listing counterfeit goods under our registered trademark.",
                days(now, 75));
        procedures.add(appointed);
        commence(appointed, streamly, staff, days(now, 74), days(now, 72));
        pay(appointed, FeeKind.ADMINISTRATION, days(now, 60));
        pay(appointed, FeeKind.NEUTRAL, days(now, 60));
        // Invited long after its Answer period ended: no reason to record (R-PLAT.3).
        appointed.inviteNeutral(
                expert, staff, List.of(), false, null, deadlines.engine(), days(now, 47), days(now, 44));
        appointed.acceptAppointment(expert, true, null, List.of(), deadlines.engine(), days(now, 45));

        // Its Answer period ends within five days, whatever today is: commenced 19 days ago, its 20th day is tomorrow,
        // and a weekend or holidays moving it to the next business day still leave it less than five days
        // away. The first reminder to Streamly goes out at once (R-C3).
        Procedure answerSoon = request(
                bob,
                Matter.COPYRIGHT,
                RequesterCapacity.USER,
                Restriction.MONETARY,
                "Streamly demonetised our channel over a licensed sample.",
                days(now, 21));
        procedures.add(answerSoon);
        commence(answerSoon, streamly, staff, days(now, 20), days(now, 19));

        for (Procedure running : List.of(commenced, appointed, answerSoon)) {
            reminders.plan(running);
        }
        lastYear(staff, hash, now);
        LOG.info("Demo data loaded: 17 accounts, 3 neutral profiles (2 certified mediators), 4 procedures and "
                + LAST_YEAR + " ended last year");
    }

    /** How many Procedures the demo's previous year has: enough for its statistics to publish (R-STAT.1). */
    static final int LAST_YEAR = 48;

    /**
     * Last year's caseload, so that the statistics have something to publish (R-STAT.1): nine Requesting Parties,
     * three in each of three countries, each with five or six Procedures received through the year and terminated by the Center on a
     * ground it may use before any appointment, after 15 to 94 days (unless that is still to come).
     */
    private void lastYear(UserAccount staff, String hash, Instant now) {
        String[] domiciles = {"FR", "DE", "IE", "FR", "DE", "IE", "FR", "DE", "IE"};
        List<UserAccount> requesters = new java.util.ArrayList<>();
        for (int i = 0; i < domiciles.length; i++) {
            UserAccount requester = account(
                    "requester" + (i + 1) + "@concord.example",
                    "Requester " + (i + 1),
                    Role.PARTY,
                    Locale.ENGLISH,
                    hash,
                    now);
            requester.domicileIn(Domicile.parse(domiciles[i]));
            requesters.add(requester);
        }
        TerminationGround[] grounds = {
            TerminationGround.SETTLED_BEFORE_APPOINTMENT,
            TerminationGround.OUT_OF_SCOPE,
            TerminationGround.SETTLED_BEFORE_APPOINTMENT,
            TerminationGround.COURT_PROCEEDINGS,
            TerminationGround.OUT_OF_SCOPE,
            TerminationGround.OTHER_PROCEEDINGS_DISCLOSED
        };
        Restriction[] restrictions = Restriction.values();
        LocalDate first = LocalDate.of(GenevaTime.dateOf(now).getYear() - 1, 1, 8);
        for (int i = 0; i < LAST_YEAR; i++) {
            Instant received =
                    first.plusDays(7L * i).atTime(10, 0).atZone(GenevaTime.ZONE).toInstant();
            Procedure procedure = request(
                    requesters.get(i % requesters.size()),
                    i % 4 == 0 ? Matter.TRADEMARK : Matter.COPYRIGHT,
                    RequesterCapacity.USER,
                    restrictions[i % restrictions.length],
                    "A demo dispute of last year.",
                    received);
            procedures.add(procedure);
            Instant ended = received.plus(Duration.ofDays(15 + (13L * i) % 80));
            if (ended.isBefore(now)) {
                procedure.terminate(staff, grounds[i % grounds.length], null, ended);
            }
        }
    }

    /**
     * A Request with every item of Article 5(b), started from a Statement of Reasons that Streamly posted in the
     * Transparency Database form (R-SOR.1); a Rightholder attaches its Notice (5(b)(iv)).
     */
    private Procedure request(
            UserAccount party,
            Matter matter,
            RequesterCapacity capacity,
            Restriction restriction,
            String description,
            Instant at) {
        String puid = "streamly-" + UUID.randomUUID();
        String keyword =
                matter == Matter.COPYRIGHT ? "KEYWORD_COPYRIGHT_INFRINGEMENT" : "KEYWORD_TRADEMARK_INFRINGEMENT";
        String decision = switch (restriction) {
            case VISIBILITY -> "\"decision_visibility\": [\"DECISION_VISIBILITY_CONTENT_REMOVED\"]";
            case MONETARY -> "\"decision_monetary\": \"DECISION_MONETARY_SUSPENSION\"";
            case PROVISION -> "\"decision_provision\": \"DECISION_PROVISION_PARTIAL_SUSPENSION\"";
            case ACCOUNT -> "\"decision_account\": \"DECISION_ACCOUNT_SUSPENDED\"";
        };
        String json =
                """
                {"puid": "%s", "platform_name": "Streamly", %s,
                 "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT",
                 "illegal_content_legal_ground": "Directive (EU) 2019/790, Art. 17",
                 "illegal_content_explanation": "A rightholder's notice identified the content as infringing.",
                 "category": "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
                 "category_specification": ["%s"], "content_type": ["CONTENT_TYPE_VIDEO"],
                 "content_language": "EN", "territorial_scope": ["FR", "DE", "IE"],
                 "application_date": "%s", "decision_facts": "Removed after a notice.",
                 "source_type": "SOURCE_ARTICLE_16", "automated_detection": "Yes",
                 "automated_decision": "AUTOMATED_DECISION_PARTIALLY"}
                """.formatted(puid, decision, keyword, GenevaTime.dateOf(at).minusDays(20));
        StatementOfReasons statement =
                StatementImport.read(json, party, at).statements().get(0);
        statements.add(statement);
        List<Upload> annexes = capacity == RequesterCapacity.RIGHTHOLDER
                ? List.of(new Upload(
                        DocumentKind.NOTICE,
                        "notice.txt",
                        "text/plain",
                        "Notice of trademark infringement sent to Streamly.".getBytes(StandardCharsets.UTF_8)))
                : List.of();
        RequestItems items = new RequestItems(
                capacity,
                null,
                "Streamly",
                puid,
                party.email(),
                matter,
                EnumSet.of(restriction),
                description,
                "Reverse the platform's decision",
                party.domicile().orElseThrow(),
                true,
                "None",
                true);
        return Procedure.fileRequest(party, items, statement, annexes, at);
    }

    /** The filing fee paid on {@code paidAt}, then commenced on {@code commencedAt} with the Responding Party's fees. */
    private void commence(
            Procedure procedure, Organisation respondingParty, UserAccount staff, Instant paidAt, Instant commencedAt) {
        fees.assess(procedure, ParticipantRole.REQUESTING_PARTY);
        pay(procedure, FeeKind.FILING, paidAt);
        procedure.releaseHeldFilings(ParticipantRole.REQUESTING_PARTY, paidAt);
        procedure.commence(respondingParty, staff, commencedAt);
        fees.assess(procedure, ParticipantRole.RESPONDING_PARTY);
    }

    private void pay(Procedure procedure, FeeKind kind, Instant at) {
        Fee fee = feeRepository.ofProcedure(procedure.id()).stream()
                .filter(f -> f.kind() == kind)
                .findFirst()
                .orElseThrow();
        fee.recordPayment(
                fee.amount(),
                fee.currency(),
                GenevaTime.dateOf(at),
                LedgerEntry.Recorded.by("staff@concord.example", at).withNote("Demo data"));
    }

    /** A demo account's published API token (README): {@code concord_demo_} and the address's local part. */
    public static String tokenOf(String email) {
        return ApiToken.DEMO_PREFIX + email.substring(0, email.indexOf('@'));
    }

    private UserAccount account(String email, String name, Role role, Locale locale, String hash, Instant now) {
        UserAccount account = new UserAccount(email, name, hash, Set.of(role), locale, now);
        accounts.add(account);
        if (account.requiresSecondFactor()) {
            em.persist(TotpFactor.forDemo(account.id(), TOTP_SECRET, now));
        }
        return account;
    }

    private void profile(
            UserAccount neutral,
            Set<String> countries,
            Set<String> languages,
            Set<Matter> matters,
            Set<ExpertiseArea> areas,
            List<String> keywords,
            int maxOpenCaseload,
            List<Absence> absences,
            List<Relationship> relationships,
            UserAccount by,
            Instant at,
            Certification... certifications) {
        NeutralProfile profile = new NeutralProfile(neutral);
        profile.describe(
                countries, languages, matters, areas, keywords, maxOpenCaseload, absences, relationships, by, at);
        // R-M4: Otto and Claire are certified mediators too, so the directory has someone to show.
        profile.certify(certifications.length == 0 ? Set.of() : EnumSet.copyOf(List.of(certifications)));
        em.persist(profile);
    }

    private static Instant days(Instant now, int daysAgo) {
        return now.minus(Duration.ofDays(daysAgo));
    }
}
