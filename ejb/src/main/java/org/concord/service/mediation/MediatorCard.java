package org.concord.service.mediation;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.neutral.Certification;
import org.concord.domain.neutral.ExpertiseArea;
import org.concord.domain.neutral.NeutralProfile;

/** A mediator as the public directory shows it (R-M4): no e-mail address, the directory id only. */
public record MediatorCard(
        UUID id,
        String name,
        Set<String> countries,
        Set<String> languages,
        Set<ExpertiseArea> areas,
        Set<String> keywords,
        Set<Certification> certifications)
        implements Serializable {

    static MediatorCard of(NeutralProfile p) {
        return new MediatorCard(
                p.id(),
                p.account().displayName(),
                p.countries(),
                p.languages(),
                p.areas(),
                p.keywords(),
                p.certifications());
    }
}
