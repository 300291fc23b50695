package org.concord.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.RuleViolation;
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
     * the Center's terms and privacy notice were accepted. Fields are JSON pointers of the registration form.
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
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new RuleViolation("R-ACC.1", "/name", "rule.registration.name");
        }
        String address;
        try {
            address = UserAccount.normaliseEmail(email);
        } catch (IllegalArgumentException notAnAddress) {
            throw new RuleViolation("R-ACC.1", "/email", "rule.registration.email");
        }
        if (address.length() > 254) {
            throw new RuleViolation("R-ACC.1", "/email", "rule.registration.email");
        }
        if (country == null || !COUNTRIES.contains(country.strip().toUpperCase(Locale.ROOT))) {
            throw new RuleViolation("R-ACC.1", "/domicile", "rule.registration.domicile");
        }
        if (language == null || !LANGUAGES.contains(language.strip().toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("R-ACC.1", "/language", "rule.registration.language");
        }
        if (capacity == null) {
            throw new RuleViolation("R-ACC.1", "/capacity", "rule.registration.capacity");
        }
        PasswordPolicy.require(password, "/password", List.of(address, name));
        PasswordPolicy.requireRepeated(password, repeatedPassword, "/repeatPassword");
        if (!termsAccepted) {
            throw new RuleViolation("R-ACC.1", "/terms", "rule.registration.terms");
        }
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
