package org.concord.service.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.account.UserAccount;
import org.concord.domain.neutral.AppointmentNeeds;
import org.concord.domain.neutral.Candidate;
import org.concord.domain.neutral.CandidateRanking;
import org.concord.domain.neutral.CenterRecord;
import org.concord.domain.neutral.ConflictCheck;
import org.concord.domain.neutral.NeutralProfile;
import org.concord.domain.neutral.RankedCandidate;
import org.concord.domain.procedure.Conflict;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.PartySide;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.sor.StatementOfReasons;
import org.concord.domain.time.GenevaTime;

/**
 * Loads what the ranking of and the conflict check of R-9 read: the neutrals' profiles, their open caseloads,
 * the Procedure's Statement of Reasons and the Center's records of each neutral on a side of another Procedure (as a
 * Party, or named as a representative). A handful of queries whatever the number of neutrals; joins the caller's
 * transaction.
 */
@ApplicationScoped
public class CandidateFinder {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private AppointmentSettings settings;

    @Inject
    private Clock clock;

    /** Every neutral with a profile, ranked for {@code procedure}, with its conflicts. */
    public List<RankedCandidate> rank(Procedure procedure) {
        List<NeutralProfile> profiles = readOnly(em.createNamedQuery("NeutralProfile.all", NeutralProfile.class))
                .getResultList();
        // One query per collection for all profiles (instead of one per batch of 100): they fill the same entities.
        readOnly(em.createNamedQuery("NeutralProfile.loadRelationships", NeutralProfile.class))
                .getResultList();
        readOnly(em.createNamedQuery("NeutralProfile.loadAbsences", NeutralProfile.class))
                .getResultList();
        Map<UUID, Integer> caseloads = openCaseloads();
        Map<UUID, List<CenterRecord>> records = centerRecords(procedure, null);
        ConflictCheck check = new ConflictCheck(procedure.circle().sides());
        List<Candidate> candidates = new ArrayList<>(profiles.size());
        for (NeutralProfile profile : profiles) {
            UUID account = profile.account().id();
            candidates.add(new Candidate(
                    profile,
                    caseloads.getOrDefault(account, 0),
                    check.of(profile.relationships(), records.getOrDefault(account, List.of()))));
        }
        return CandidateRanking.rank(needs(procedure), candidates, settings.weights());
    }

    /** The best-ranked candidate Concord may invite on its own and has not invited in this Procedure yet. */
    public Optional<RankedCandidate> next(Procedure procedure) {
        Set<UUID> invited = procedure.appointments().invitedCandidates();
        return rank(procedure).stream()
                .filter(RankedCandidate::isInvitableAutomatically)
                .filter(r -> !invited.contains(r.candidate().profile().account().id()))
                .findFirst();
    }

    /** the conflicts of one candidate with {@code procedure}; none known without a profile. */
    public List<Conflict> conflicts(Procedure procedure, UserAccount candidate) {
        return em.createNamedQuery("NeutralProfile.ofAccount", NeutralProfile.class)
                .setParameter("accountId", candidate.id())
                .getResultStream()
                .findFirst()
                .map(profile -> new ConflictCheck(procedure.circle().sides())
                        .of(
                                profile.relationships(),
                                centerRecords(procedure, candidate.id()).getOrDefault(candidate.id(), List.of())))
                .orElse(List.of());
    }

    public AppointmentNeeds needs(Procedure procedure) {
        Optional<StatementOfReasons> statement =
                procedure.request().statementId().map(id -> em.find(StatementOfReasons.class, id));
        return AppointmentNeeds.of(procedure, statement, GenevaTime.dateOf(clock.instant()));
    }

    private Map<UUID, Integer> openCaseloads() {
        Map<UUID, Integer> caseloads = new HashMap<>();
        for (Object[] row : readOnly(em.createNamedQuery("NeutralProfile.openCaseloads", Object[].class))
                .getResultList()) {
            caseloads.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return caseloads;
    }

    /** The other Procedures in which each neutral (or only {@code account}) stood on a side. */
    private Map<UUID, List<CenterRecord>> centerRecords(Procedure procedure, UUID account) {
        Map<UUID, List<CenterRecord>> records = new HashMap<>();
        for (Object[] row : readOnly(em.createNamedQuery("NeutralProfile.sideIn", Object[].class))
                .setParameter("id", procedure.id())
                .getResultList()) {
            PartySide.Kind side =
                    row[1] == ParticipantRole.REPRESENTATIVE ? PartySide.Kind.REPRESENTATIVE : PartySide.Kind.PARTY;
            add(records, account, (UUID) row[0], side, (Procedure) row[2]);
        }
        for (String query : List.of("NeutralProfile.representativeIn", "NeutralProfile.answerRepresentativeIn")) {
            for (Object[] row : readOnly(em.createNamedQuery(query, Object[].class))
                    .setParameter("id", procedure.id())
                    .getResultList()) {
                add(records, account, (UUID) row[0], PartySide.Kind.REPRESENTATIVE, (Procedure) row[1]);
            }
        }
        return records;
    }

    /**
     * The ranking only reads: what these queries load is not dirty-checked, and they do not flush the persistence
     * context first (with a thousand profiles loaded, every automatic flush checked them all).
     */
    private static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
        return query.setFlushMode(FlushModeType.COMMIT).setHint("org.hibernate.readOnly", true);
    }

    private static void add(
            Map<UUID, List<CenterRecord>> records, UUID only, UUID account, PartySide.Kind side, Procedure other) {
        if (only == null || only.equals(account)) {
            records.computeIfAbsent(account, a -> new ArrayList<>())
                    .add(new CenterRecord(
                            other.reference().value(), side, other.circle().sides()));
        }
    }
}
