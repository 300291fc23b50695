package org.concord.domain.neutral;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.PartyName;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.sor.StatementOfReasons;

/**
 * What a Procedure asks of its Neutral under 8(b): the Requesting Party's country, the matter, the expertise its
 * Statement of Reasons and Request call for, the language, and the period in which the Resolution is expected.
 *
 * @param country ISO 3166-1 code of the Requesting Party's domicile, {@code null} if unknown
 * @param requestWords the Request's description, normalised word by word (free keywords are looked up there)
 * @param periodStart first day of the expected Resolution period (today)
 * @param periodEnd its last day
 */
public record AppointmentNeeds(
        String country,
        Matter matter,
        Set<ExpertiseArea> areas,
        List<String> requestWords,
        String language,
        LocalDate periodStart,
        LocalDate periodEnd) {

    public AppointmentNeeds {
        areas = areas.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(areas));
        requestWords = List.copyOf(requestWords);
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("the expected period ends after it starts");
        }
    }

    /**
     * The needs of {@code procedure} seen on {@code today}: the Resolution is expected within the days gives
     * after an appointment made today.
     */
    public static AppointmentNeeds of(Procedure procedure, Optional<StatementOfReasons> statement, LocalDate today) {
        String country = procedure
                .request()
                .requesterDomicile()
                .map(d -> d.split("-")[0])
                .orElse(null);
        Set<ExpertiseArea> areas = statement
                .map(s -> ExpertiseArea.forContentTypes(s.contentTypes()))
                .orElse(Set.of());
        return new AppointmentNeeds(
                country,
                procedure.request().matter(),
                areas,
                PartyName.words(procedure.request().description()),
                procedure.languageDecision().language().orElse("en"),
                today,
                today.plusDays(procedure.resolving().days()));
    }

    /** The days of the expected period, both ends included. */
    long periodDays() {
        return java.time.temporal.ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
    }

    Set<String> wordSet() {
        return new HashSet<>(requestWords);
    }
}
