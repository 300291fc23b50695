package org.concord.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * R-SEC.2: HTTP Basic on the API stays usable although a password check now costs tens of milliseconds. A password
 * checked at sign-in is remembered for a short while ({@code concord.signin.credential-cache.ttl}, default 5 minutes;
 * 0 turns it off), in this instance's memory only, as the SHA-256 of (address, password, stored hash): never the
 * password itself. Because the stored hash is part of the key, a password change or reset, and the upgrade of a hash,
 * make every remembered entry useless on every instance at once; the account's state (disabled, closed, unconfirmed)
 * and the sign-in throttle are asked before this cache on every request, so a disabled or locked account is refused
 * at its next request.
 */
@ApplicationScoped
public class VerifiedCredentials {

    @Inject
    @ConfigProperty(name = "concord.signin.credential-cache.ttl", defaultValue = "PT5M")
    private Duration ttl;

    @Inject
    @ConfigProperty(name = "concord.signin.credential-cache.max-entries", defaultValue = "10000")
    private int maxEntries;

    private final ConcurrentHashMap<String, Instant> entries = new ConcurrentHashMap<>();

    /** Whether this very password was checked for this address and this stored hash less than the TTL ago. */
    public boolean contains(String email, String password, String storedHash, Instant now) {
        if (ttl.isZero() || ttl.isNegative()) {
            return false;
        }
        String key = key(email, password, storedHash);
        Instant expires = entries.get(key);
        if (expires == null) {
            return false;
        }
        if (!expires.isAfter(now)) {
            entries.remove(key, expires);
            return false;
        }
        return true;
    }

    /** Remembers a password just checked (or just hashed again) against {@code storedHash}. */
    public void remember(String email, String password, String storedHash, Instant now) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(expires -> !expires.isAfter(now));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key(email, password, storedHash), now.plus(ttl));
    }

    private static String key(String email, String password, String storedHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {email, password, storedHash}) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
