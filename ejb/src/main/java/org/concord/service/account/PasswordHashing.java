package org.concord.service.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.concord.domain.account.PasswordHasher;
import org.concord.domain.account.PasswordHasher.Parameters;
import org.concord.domain.account.PasswordHasher.Verification;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-SEC.2: the one place where passwords are hashed and checked (registration, reset, change, the first
 * administrator, demo data, sign-in). Argon2id with the parameters of {@code concord.password.argon2.*} (defaults:
 * OWASP's 19 MiB, 2 iterations, 1 lane); older hashes verify and are replaced at the next sign-in
 * ({@link SignInService}).
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    @ConfigProperty(name = "concord.password.argon2.memory-kib", defaultValue = "19456")
    private int memoryKiB;

    @Inject
    @ConfigProperty(name = "concord.password.argon2.iterations", defaultValue = "2")
    private int iterations;

    @Inject
    @ConfigProperty(name = "concord.password.argon2.parallelism", defaultValue = "1")
    private int parallelism;

    private PasswordHasher hasher;

    @PostConstruct
    void configure() {
        hasher = new PasswordHasher(new Parameters(memoryKiB, iterations, parallelism));
    }

    /** A new hash of {@code password} (PHC string, current parameters). */
    public String hash(String password) {
        return hasher.hash(password.toCharArray());
    }

    public Verification verify(String password, String stored) {
        return hasher.verify(password.toCharArray(), stored);
    }

    /** The work of one check against a fixed hash, where there is no account to check (R-SEC.1, R-SEC.2). */
    public void verifyDummy(String password) {
        hasher.verifyDummy(password.toCharArray());
    }

    public Parameters parameters() {
        return hasher.parameters();
    }
}
