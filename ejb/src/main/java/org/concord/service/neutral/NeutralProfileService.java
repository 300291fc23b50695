package org.concord.service.neutral;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.neutral.Absence;
import org.concord.domain.neutral.NeutralProfile;
import org.concord.domain.neutral.Relationship;
import org.concord.domain.procedure.Matter;
import org.concord.domain.security.SecurityEvent;
import org.concord.service.account.Accounts;
import org.concord.service.security.SecurityLog;

/**
 * The Center's neutrals as candidates for appointment: staff read every Neutral's profile, CENTER_ADMIN
 * describes one and records its declared relationships. The appointment itself is
 * {@code AppointmentService}'s.
 */
@Stateless
public class NeutralProfileService {

    @Inject
    private Accounts accounts;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Every Neutral with its profile for appointment, or without one yet. */
    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public List<NeutralProfileView> profiles() {
        Map<UUID, NeutralProfile> profiles = new HashMap<>();
        em.createNamedQuery("NeutralProfile.all", NeutralProfile.class)
                .getResultStream()
                .forEach(p -> profiles.put(p.account().id(), p));
        return accounts.withRole(Role.NEUTRAL).stream()
                .map(a -> Optional.ofNullable(profiles.get(a.id()))
                        .map(NeutralProfileView::of)
                        .orElseGet(() -> NeutralProfileView.none(a.email(), a.displayName())))
                .toList();
    }

    @RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
    public NeutralProfileView profile(String email) {
        UserAccount neutral = neutral(email);
        return profileOf(neutral)
                .map(NeutralProfileView::of)
                .orElseGet(() -> NeutralProfileView.none(neutral.email(), neutral.displayName()));
    }

    /** CENTER_ADMIN describes a Neutral for appointment and records its declared relationships. */
    @RolesAllowed("CENTER_ADMIN")
    public NeutralProfileView describe(String email, @NotNull @Valid ProfileForm form) {
        UserAccount neutral = neutral(email);
        NeutralProfile profile = profileOf(neutral).orElseGet(() -> {
            NeutralProfile created = new NeutralProfile(neutral);
            em.persist(created);
            return created;
        });
        List<Absence> absences = new ArrayList<>();
        for (int i = 0; i < form.getAbsences().size(); i++) {
            ProfileForm.AbsenceForm a = form.getAbsences().get(i);
            if (a.getTo().isBefore(a.getFrom())) {
                throw new RuleViolation("R-8.2", "/absences/" + i + "/to", "rule.neutral.absence");
            }
            absences.add(new Absence(a.getFrom(), a.getTo()));
        }
        List<Relationship> relationships = form.getRelationships().stream()
                .map(r -> new Relationship(r.getKind(), r.getName(), r.getEmailDomain()))
                .toList();
        profile.describe(
                form.getCountries(),
                form.getLanguages(),
                form.getMatters().isEmpty() ? EnumSet.noneOf(Matter.class) : EnumSet.copyOf(form.getMatters()),
                form.getAreas(),
                form.getKeywords(),
                form.getMaxOpenCaseload(),
                absences,
                relationships,
                caller(),
                clock.instant());
        profile.certify(form.getCertifications());
        securityLog.record(SecurityEvent.Type.NEUTRAL_PROFILE_CHANGED, neutral.id(), caller().id(), null);
        return NeutralProfileView.of(profile);
    }

    private UserAccount neutral(String email) {
        return accounts.findByEmail(email == null ? "" : email.strip())
                .filter(a -> a.hasRole(Role.NEUTRAL))
                .orElseThrow(NotFound::new);
    }

    private Optional<NeutralProfile> profileOf(UserAccount neutral) {
        return em.createNamedQuery("NeutralProfile.ofAccount", NeutralProfile.class)
                .setParameter("accountId", neutral.id())
                .getResultStream()
                .findFirst();
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
