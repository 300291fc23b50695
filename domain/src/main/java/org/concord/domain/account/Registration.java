package org.concord.domain.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.concord.domain.RuleViolations;
import org.concord.domain.time.Domicile;

/**
 * R-ACC.1: what a person gives to register, checked field by field before anything is stored or sent. The account it
 * makes is a Party's, unconfirmed until the holder follows the link mailed to the address.
 *
 * @param email the address, in lower case
 * @param name the holder's name (a person's or a legal person's)
 * @param domicile the country of domicile (R-3.4: its holidays count for the holder's time limits)
 * @param language the holder's language for mails and pages (en, fr, de)
 * @param capacity a User or a Rightholder, a natural or a legal person, or a representative
 */
public record Registration(String email, String name, Domicile domicile, Locale language, Capacity capacity) {

    /** The languages Concord speaks to its users. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "de");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * Checks every field (R-ACC.1) and the password (R-ACC.4) of a registration; {@code termsAccepted} says whether
     * the Center's terms and privacy notice were accepted. Every problem is named at once, at its field (a JSON
     * pointer of the registration form), in the order of the form: one {@link RuleViolation}, or a {@link
     * RuleViolations} when there are several.
     */
    public static Registration check(
            String email,
            String name,
            String country,
            String language,
            Capacity capacity,
            String password,
            String repeatedPassword,
            boolean termsAccepted) {
        RuleViolations.Collector refused = new RuleViolations.Collector("R-ACC.1");
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            refused.refuse(new RuleViolation("R-ACC.1", "/name", "rule.registration.name"));
        }
        String address = null;
        try {
            address = UserAccount.normaliseEmail(email);
        } catch (IllegalArgumentException notAnAddress) {
            refused.refuse(new RuleViolation("R-ACC.1", "/email", "rule.registration.email"));
        }
        if (address != null && address.length() > 254) {
            refused.refuse(new RuleViolation("R-ACC.1", "/email", "rule.registration.email"));
        }
        if (capacity == null) {
            refused.refuse(new RuleViolation("R-ACC.1", "/capacity", "rule.registration.capacity"));
        }
        if (country == null || !COUNTRIES.contains(country.strip().toUpperCase(Locale.ROOT))) {
            refused.refuse(new RuleViolation("R-ACC.1", "/domicile", "rule.registration.domicile"));
        }
        if (language == null || !LANGUAGES.contains(language.strip().toLowerCase(Locale.ROOT))) {
            refused.refuse(new RuleViolation("R-ACC.1", "/language", "rule.registration.language"));
        }
        PasswordPolicy.checkNew(refused, password, repeatedPassword, Arrays.asList(address, name));
        if (!termsAccepted) {
            refused.refuse(new RuleViolation("R-ACC.1", "/terms", "rule.registration.terms"));
        }
        refused.requireNone();
        return new Registration(
                address,
                name.strip(),
                Domicile.parse(country.strip()),
                Locale.forLanguageTag(language.strip().toLowerCase(Locale.ROOT)),
                capacity);
    }

    /**
     * The new account: a Party, unconfirmed (R-ACC.1), with the accepted version of the terms recorded with the
     * time.
     */
    public UserAccount account(String passwordHash, String termsVersion, Instant at) {
        UserAccount account = UserAccount.unconfirmed(email, name, passwordHash, Set.of(Role.PARTY), language, at);
        account.domicileIn(domicile);
        account.registeredAs(capacity);
        account.acceptTerms(termsVersion, at);
        return account;
    }
}
