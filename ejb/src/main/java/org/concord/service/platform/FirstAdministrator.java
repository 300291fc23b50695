package org.concord.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.service.account.Accounts;
import org.concord.service.account.PasswordHashing;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the Center's first administrator on a new installation: when {@code concord.admin.email} and
 * {@code concord.admin.initial-password} are set and no account with that address exists yet. Nothing happens
 * otherwise, so the keys can stay set; remove the password from the configuration once signed in. The
 * administrator must change the initial password at the first sign-in (R-ACC.4, issue 21): every page leads to the
 * password change until then. Runs after the demo
 * data, which only ever goes into an empty database.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
public class FirstAdministrator {

    /** Shorter initial passwords are refused: the account can do everything. */
    static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = "concord.admin.email")
    private Optional<String> email;

    @Inject
    @ConfigProperty(name = "concord.admin.initial-password")
    private Optional<String> initialPassword;

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHashing passwordHash;

    @Inject
    private Clock clock;

    @PostConstruct
    void create() {
        if (email.filter(e -> !e.isBlank()).isEmpty()
                || initialPassword.filter(p -> !p.isBlank()).isEmpty()) {
            return;
        }
        if (accounts.findByEmail(email.get()).isPresent()) {
            return;
        }
        if (initialPassword.get().length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "concord.admin.initial-password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        UserAccount administrator = new UserAccount(
                email.get(),
                "Administrator",
                passwordHash.hash(initialPassword.get()),
                Set.of(Role.CENTER_ADMIN),
                Locale.ENGLISH,
                clock.instant());
        // R-ACC.4: the initial password sits in the configuration; its holder replaces it at the first sign-in.
        administrator.requirePasswordChange();
        accounts.add(administrator);
        LOG.info("The first administrator account was created");
    }
}
