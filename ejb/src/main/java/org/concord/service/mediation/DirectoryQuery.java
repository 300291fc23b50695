package org.concord.service.mediation;

import org.concord.domain.neutral.Certification;
import org.concord.domain.neutral.ExpertiseArea;

/**
 * A search of the directory (R-M4): each criterion optional; {@code page} from 0.
 *
 * @param language ISO 639-1
 * @param country  ISO 3166-1 alpha-2
 */
public record DirectoryQuery(
        String language,
        String country,
        ExpertiseArea area,
        Certification certification,
        String text,
        int page,
        int size) {}
