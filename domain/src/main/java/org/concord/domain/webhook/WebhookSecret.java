package org.concord.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * R-PLAT.2, Standard Webhooks: a signing secret is {@code whsec_} followed by the Base64 of 32 random bytes (at least
 * 24 are required); the HMAC key is those bytes. A delivery is signed over {@code id.timestamp.body} with every secret
 * valid at the time (two during a rotation's overlap), each signature written {@code v1,<base64>} and separated by a
 * space, so that a receiver that knows either secret accepts it.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";
    /** Random bytes of a new secret: 256 bits, above the convention's minimum of 24 bytes. */
    static final int BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecret() {}

    /** A new secret, {@code whsec_} + Base64 of 32 random bytes. */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The HMAC key of a secret: the bytes its Base64 stands for. */
    static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a webhook secret");
        }
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    /** {@code v1,<base64 HMAC-SHA256(key, id + "." + timestamp + "." + body)>} for one secret. */
    public static String signature(String secret, String messageId, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] signed = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** The {@code webhook-signature} header: one signature per secret, separated by spaces. */
    public static String header(List<String> secrets, String messageId, long timestamp, String body) {
        return secrets.stream()
                .map(s -> signature(s, messageId, timestamp, body))
                .collect(Collectors.joining(" "));
    }
}
