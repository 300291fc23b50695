package org.concord.domain.neutral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.Matter;

/** Neutral profiles for tests and benchmarks. */
public final class Profiles {

    private static final UserAccount ADMIN = new UserAccount(
            "admin@center.example", "Admin", "h", Set.of(Role.CENTER_ADMIN), Locale.ENGLISH, Instant.EPOCH);

    private Profiles() {}

    public static UserAccount neutral(String email, String name) {
        return new UserAccount(email, name, "h", Set.of(Role.NEUTRAL), Locale.ENGLISH, Instant.EPOCH);
    }

    /** A profile with the given countries, languages, matters, areas, keywords and maximum open caseload. */
    public static NeutralProfile profile(
            String name,
            Set<String> countries,
            Set<String> languages,
            Set<Matter> matters,
            Set<ExpertiseArea> areas,
            List<String> keywords,
            int maxOpenCaseload,
            List<Absence> absences,
            List<Relationship> relationships) {
        NeutralProfile profile = new NeutralProfile(
                neutral(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@neutrals.example", name));
        profile.describe(
                countries,
                languages,
                matters,
                areas,
                keywords,
                maxOpenCaseload,
                absences,
                relationships,
                ADMIN,
                Instant.EPOCH);
        return profile;
    }

    public static Absence absent(String from, String to) {
        return new Absence(LocalDate.parse(from), LocalDate.parse(to));
    }
}
