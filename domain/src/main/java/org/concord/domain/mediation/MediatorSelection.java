package org.concord.domain.mediation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;

/**
 * R-M4, the Parties choose the mediator together: each side's ranked list and the mediators that declined the mandate,
 * from which {@link MediatorChoice} picks the one common to both lists. A collaborator of {@link Mediation}, which
 * records whom it invites and answers the mandate; it wraps the collections mapped on the Mediation, so it is built
 * on each use and holds no state of its own.
 */
final class MediatorSelection {

    private final Mediation mediation;
    private final List<MediatorPreference> preferences;
    private final Set<String> declinedMandates;

    MediatorSelection(Mediation mediation, List<MediatorPreference> preferences, Set<String> declinedMandates) {
        this.mediation = mediation;
        this.preferences = preferences;
        this.declinedMandates = declinedMandates;
    }

    /**
     * R-M4: a side ranks the mediators it accepts, from the directory ({@code directory}: the addresses of the
     * certified mediators listed now), none of them in the circle already. Once both sides ranked, the mediator
     * common to both is chosen; when the lists share nobody, both sides are asked to rank again.
     *
     * @return the mediator chosen, if any
     */
    Optional<String> rank(UserAccount by, List<String> ranked, Collection<String> directory, Instant at) {
        mediation.requireState(MediationState.CHOOSING_MEDIATOR, "R-M4");
        Side side = mediation.sideOf(by).orElseThrow(() -> new RuleViolation("R-M4", null, "rule.mediation.notParty"));
        List<String> list = new ArrayList<>(new LinkedHashSet<>(ranked.stream()
                .map(e -> e == null ? "" : e.strip().toLowerCase(Locale.ROOT))
                .toList()));
        if (list.isEmpty() || list.size() > Mediation.MAX_PREFERENCES) {
            throw new RuleViolation("R-M4", "/mediators", "rule.mediation.preferences", Mediation.MAX_PREFERENCES);
        }
        for (String mediator : list) {
            if (!directory.contains(mediator)) {
                throw new RuleViolation("R-M4", "/mediators", "rule.mediation.notInDirectory", mediator);
            }
            if (mediation.participants().stream().anyMatch(p -> p.email().equals(mediator))) {
                throw new RuleViolation("R-M4", "/mediators", "rule.mediation.mediatorInCircle", mediator);
            }
        }
        preferences.removeIf(p -> p.side() == side);
        for (int i = 0; i < list.size(); i++) {
            preferences.add(new MediatorPreference(side, i + 1, list.get(i)));
        }
        return choose();
    }

    /** R-M4: only the mediator the Parties chose answers the invitation, while it is invited. */
    void requireInvited(UserAccount mediator) {
        mediation.requireState(MediationState.MEDIATOR_INVITED, "R-M4");
        if (!mediation.mayAnswerMandate(mediator)) {
            throw new RuleViolation("R-M4", null, "rule.mediation.notChosen");
        }
    }

    /** R-M4: the chosen mediator accepts only with the declaration of impartiality and independence. */
    void requireAcceptance(UserAccount mediator, boolean confirmsImpartiality) {
        requireInvited(mediator);
        if (!confirmsImpartiality) {
            throw new RuleViolation("R-M4", "/confirmsImpartiality", "rule.mediation.declarationRequired");
        }
    }

    /** R-M4: the mediator declined the mandate and is not chosen again; the next common one, if any. */
    Optional<String> declined(String mediatorEmail) {
        declinedMandates.add(mediatorEmail);
        return choose();
    }

    /** The mediator common to both lists, once both sides ranked; none in common: both sides rank again. */
    private Optional<String> choose() {
        List<String> requesting = preferencesOf(Side.REQUESTING);
        List<String> responding = preferencesOf(Side.RESPONDING);
        if (requesting.isEmpty() || responding.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> chosen = MediatorChoice.of(requesting, responding, declinedMandates);
        if (chosen.isEmpty()) {
            preferences.clear();
        }
        return chosen;
    }

    /** The side's ranked list, best first. */
    List<String> preferencesOf(Side side) {
        return preferences.stream()
                .filter(p -> p.side() == side)
                .sorted(Comparator.comparingInt(MediatorPreference::rank))
                .map(MediatorPreference::mediatorEmail)
                .toList();
    }
}
