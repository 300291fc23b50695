package org.concord.domain.neutral;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.concord.domain.procedure.Conflict;
import org.concord.domain.procedure.PartyName;
import org.concord.domain.procedure.PartySide;

/**
 * matches a candidate's declared relationships and the Center's own records of it against the sides of a
 * Procedure, by normalised name and by e-mail domain. Each match is a {@link Conflict}; any one blocks acceptance
 * until staff override it.
 *
 * <p>Reading: the Center's records count where the candidate stood on a side of another Procedure (as a Party or a
 * representative) together with this Procedure's platform, a Party or a representative. Having been the Neutral of
 * other Procedures with the same platform is not a conflict: Neutrals of a dispute settlement body decide many
 * disputes about the same platforms.
 */
public final class ConflictCheck {

    private final List<PartySide> sides;
    private final List<List<String>> sideWords;

    /** The check for a Procedure with these sides (their names are normalised once). */
    public ConflictCheck(List<PartySide> procedureSides) {
        this.sides = List.copyOf(procedureSides);
        this.sideWords = sides.stream().map(PartySide::words).toList();
    }

    /** Every match of the candidate's declared relationships and of the Center's records of it. */
    public List<Conflict> of(List<Relationship> declared, List<CenterRecord> records) {
        Set<Conflict> found = new LinkedHashSet<>();
        for (Relationship r : declared) {
            List<String> words = PartyName.words(r.name());
            for (int i = 0; i < sides.size(); i++) {
                PartySide side = sides.get(i);
                match(words, r.emailDomain(), i)
                        .ifPresent(
                                basis -> found.add(new Conflict(Conflict.Source.DECLARED, r.toString(), side, basis)));
            }
        }
        for (CenterRecord record : records) {
            for (PartySide other : record.sides()) {
                List<String> words = other.words();
                for (int i = 0; i < sides.size(); i++) {
                    PartySide side = sides.get(i);
                    match(words, other.domain(), i)
                            .ifPresent(basis -> found.add(new Conflict(
                                    Conflict.Source.CENTER_RECORDS,
                                    record.reference() + ", as "
                                            + record.candidateSide().name().toLowerCase(Locale.ROOT) + ": "
                                            + other.name(),
                                    side,
                                    basis)));
                }
            }
        }
        return List.copyOf(found);
    }

    private Optional<Conflict.Basis> match(List<String> words, Optional<String> domain, int side) {
        if (PartyName.sameWords(words, sideWords.get(side))) {
            return Optional.of(Conflict.Basis.NAME);
        }
        if (domain.isPresent() && domain.equals(sides.get(side).domain())) {
            return Optional.of(Conflict.Basis.EMAIL_DOMAIN);
        }
        return Optional.empty();
    }
}
