package org.concord.service.neutral;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.concord.domain.neutral.Certification;
import org.concord.domain.neutral.ExpertiseArea;
import org.concord.domain.neutral.NeutralProfile;
import org.concord.domain.neutral.Relationship;
import org.concord.domain.procedure.Matter;

/** A Neutral's profile for appointment, as CENTER_ADMIN keeps it; {@code profiled} false if none yet. */
public record NeutralProfileView(
        String email,
        String displayName,
        boolean profiled,
        Set<String> countries,
        Set<String> languages,
        Set<Matter> matters,
        Set<ExpertiseArea> areas,
        Set<String> keywords,
        int maxOpenCaseload,
        List<AbsenceView> absences,
        List<RelationshipView> relationships,
        Set<Certification> certifications,
        boolean listed,
        String updatedBy,
        Instant updatedAt)
        implements Serializable {

    /** A declared absence, Geneva dates inclusive. */
    public record AbsenceView(LocalDate from, LocalDate to) implements Serializable {}

    /** A declared relationship. */
    public record RelationshipView(Relationship.Kind kind, String name, String emailDomain) implements Serializable {}

    static NeutralProfileView of(NeutralProfile p) {
        return new NeutralProfileView(
                p.account().email(),
                p.account().displayName(),
                true,
                p.countries(),
                p.languages(),
                p.matters(),
                p.areas(),
                p.keywords(),
                p.maxOpenCaseload(),
                p.absences().stream()
                        .map(a -> new AbsenceView(a.from(), a.to()))
                        .toList(),
                p.relationships().stream()
                        .map(r -> new RelationshipView(
                                r.kind(), r.name(), r.emailDomain().orElse(null)))
                        .toList(),
                p.certifications(),
                p.isListed(),
                p.updatedBy(),
                p.updatedAt());
    }

    static NeutralProfileView none(String email, String displayName) {
        return new NeutralProfileView(
                email,
                displayName,
                false,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                0,
                List.of(),
                List.of(),
                Set.of(),
                false,
                null,
                null);
    }
}
