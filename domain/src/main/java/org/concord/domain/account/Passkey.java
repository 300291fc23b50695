package org.concord.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.concord.domain.RuleViolation;

/**
 * R-SEC.2: a passkey (a WebAuthn public-key credential) registered by an account's holder: a second factor after the
 * password, or, verified by the authenticator's own PIN or biometrics, a sign-in without a password. Concord keeps
 * the credential's id, its public key (the attested credential data, as the authenticator gave it), the signature
 * counter and the backup flags; the private key never leaves the authenticator. The ceremonies are
 * {@link RelyingParty}'s.
 */
@Entity
@Table(name = "passkey")
@NamedQuery(name = "Passkey.ofAccount", query = """
        select p from Passkey p where p.accountId = :account order by p.createdAt, p.id""")
@NamedQuery(name = "Passkey.byCredentialId", query = "select p from Passkey p where p.credentialId = :credentialId")
@NamedQuery(name = "Passkey.deleteOfAccount", query = "delete from Passkey p where p.accountId = :account")
public class Passkey implements SecondFactor {

    /** The longest name a holder gives a passkey ("Laptop", "YubiKey 5"). */
    public static final int NAME_MAX = 60;

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    /** The credential id, Base64url without padding (as WebAuthn's JSON carries it). */
    @Column(name = "credential_id", nullable = false, unique = true, length = 1400)
    private String credentialId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** The attested credential data (AAGUID, credential id, COSE public key), Base64url. */
    @Column(name = "credential_data", nullable = false, length = 4000)
    private String credentialData;

    @Column(name = "sign_count", nullable = false)
    private long signCount;

    @Column(name = "user_verified", nullable = false)
    private boolean userVerified;

    @Column(name = "backup_eligible", nullable = false)
    private boolean backupEligible;

    @Column(name = "backed_up", nullable = false)
    private boolean backedUp;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected Passkey() {}

    Passkey(
            UUID accountId,
            String name,
            String credentialId,
            String credentialData,
            long signCount,
            boolean userVerified,
            boolean backupEligible,
            boolean backedUp,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.name = requireName(name);
        this.credentialId = Objects.requireNonNull(credentialId, "credentialId");
        this.credentialData = Objects.requireNonNull(credentialData, "credentialData");
        this.signCount = signCount;
        this.userVerified = userVerified;
        this.backupEligible = backupEligible;
        this.backedUp = backedUp;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** R-SEC.2: a passkey's name is what tells the holder's devices apart on the security page: 1 to 60 characters. */
    static String requireName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_MAX) {
            throw new RuleViolation("R-SEC.2", "/passkeyName", "rule.passkey.name", NAME_MAX);
        }
        return stripped;
    }

    /** A verified assertion of this passkey: its counter, backup state and time of use (R-SEC.2). */
    void used(long newSignCount, boolean userVerifiedNow, boolean backedUpNow, Instant at) {
        this.signCount = newSignCount;
        this.userVerified |= userVerifiedNow;
        this.backedUp = backedUpNow;
        this.lastUsedAt = at;
    }

    public UUID id() {
        return id;
    }

    @Override
    public Kind kind() {
        return Kind.PASSKEY;
    }

    @Override
    public UUID accountId() {
        return accountId;
    }

    @Override
    public Instant enrolledAt() {
        return createdAt;
    }

    public String name() {
        return name;
    }

    public String credentialId() {
        return credentialId;
    }

    String credentialData() {
        return credentialData;
    }

    long signCount() {
        return signCount;
    }

    boolean userVerified() {
        return userVerified;
    }

    boolean backupEligible() {
        return backupEligible;
    }

    /** Whether the authenticator says the key is synced to other devices (a cloud passkey). */
    public boolean backedUp() {
        return backedUp;
    }

    public java.util.Optional<Instant> lastUsedAt() {
        return java.util.Optional.ofNullable(lastUsedAt);
    }
}
