package org.concord.domain.account;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.RuleViolation;

/**
 * R-SEC.2: Concord as a WebAuthn relying party (webauthn4j): the options a browser needs to create or use a passkey,
 * and the checks of what it sends back (the challenge issued for that ceremony, the origin, the relying party id's
 * hash, the signature with the stored public key, the counter, user presence, and user verification where required).
 *
 * <p>The relying party id is the host of {@code concord.base-url} ({@link #of}); an origin is accepted when it has the
 * base address's scheme and that host, on any port: WebAuthn itself scopes credentials to the host, not the port, so
 * this widens nothing, and it lets a development or test instance run on any port.
 *
 * <p>Attestation is not asked for ({@code none}): Concord does not restrict which authenticators may be used.
 */
public final class RelyingParty {

    /** How long a browser may take for a ceremony, in milliseconds (WebAuthn's recommended default range). */
    static final long TIMEOUT_MS = 300_000;

    /** Bytes of a challenge (WebAuthn asks for at least 16). */
    static final int CHALLENGE_BYTES = 32;

    /** ES256, EdDSA, RS256: what authenticators offer, the preferred first. */
    private static final List<COSEAlgorithmIdentifier> ALGORITHMS =
            List.of(COSEAlgorithmIdentifier.ES256, COSEAlgorithmIdentifier.EdDSA, COSEAlgorithmIdentifier.RS256);

    private static final List<PublicKeyCredentialParameters> PARAMETERS = ALGORITHMS.stream()
            .map(alg -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, alg))
            .toList();

    private static final WebAuthnManager MANAGER = WebAuthnManager.createNonStrictWebAuthnManager();

    private static final AttestedCredentialDataConverter CREDENTIAL_DATA =
            new AttestedCredentialDataConverter(new ObjectConverter());

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private final String id;
    private final String name;
    private final String scheme;

    private RelyingParty(String id, String name, String scheme) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
    }

    /** The relying party of the installation at {@code baseUrl} ({@code concord.base-url}), shown as {@code name}. */
    public static RelyingParty of(String baseUrl, String name) {
        URI base = URI.create(baseUrl.strip());
        if (base.getHost() == null || base.getScheme() == null) {
            throw new IllegalArgumentException("concord.base-url has no scheme or host: " + baseUrl);
        }
        return new RelyingParty(
                base.getHost().toLowerCase(Locale.ROOT), name, base.getScheme().toLowerCase(Locale.ROOT));
    }

    /** The relying party id (the host every passkey of this installation is bound to). */
    public String id() {
        return id;
    }

    /** A fresh random challenge for one ceremony (kept by the caller until the browser answers). */
    public static byte[] newChallenge() {
        byte[] challenge = new byte[CHALLENGE_BYTES];
        RANDOM.nextBytes(challenge);
        return challenge;
    }

    /**
     * The options of {@code navigator.credentials.create()} (WebAuthn's {@code PublicKeyCredentialCreationOptionsJSON})
     * for {@code account} to add a passkey: a discoverable one if the authenticator can (so that it can sign in
     * without a password), the account's passkeys excluded (the same authenticator twice is refused by the browser).
     */
    public String creationOptions(UserAccount account, List<Passkey> existing, byte[] challenge) {
        JsonArrayBuilder algorithms = Json.createArrayBuilder();
        ALGORITHMS.forEach(alg -> algorithms.add(
                Json.createObjectBuilder().add("type", "public-key").add("alg", alg.getValue())));
        return Json.createObjectBuilder()
                .add("challenge", BASE64URL.encodeToString(challenge))
                .add("rp", Json.createObjectBuilder().add("id", id).add("name", name))
                .add(
                        "user",
                        Json.createObjectBuilder()
                                .add("id", BASE64URL.encodeToString(userHandle(account.id())))
                                .add("name", account.email())
                                .add("displayName", account.displayName()))
                .add("pubKeyCredParams", algorithms)
                .add("timeout", TIMEOUT_MS)
                .add("excludeCredentials", descriptors(existing))
                .add(
                        "authenticatorSelection",
                        Json.createObjectBuilder()
                                .add("residentKey", "preferred")
                                .add("userVerification", "preferred"))
                .add("attestation", "none")
                .build()
                .toString();
    }

    /**
     * The options of {@code navigator.credentials.get()} ({@code PublicKeyCredentialRequestOptionsJSON}): for a second
     * step, the account's passkeys ({@code allowed}); for a sign-in without a password, none (the browser offers the
     * discoverable passkeys it holds for this host) and user verification required.
     */
    public String requestOptions(List<Passkey> allowed, byte[] challenge, boolean userVerificationRequired) {
        return Json.createObjectBuilder()
                .add("challenge", BASE64URL.encodeToString(challenge))
                .add("rpId", id)
                .add("timeout", TIMEOUT_MS)
                .add("allowCredentials", descriptors(allowed))
                .add("userVerification", userVerificationRequired ? "required" : "preferred")
                .build()
                .toString();
    }

    /**
     * R-SEC.2: checks the browser's answer to {@link #creationOptions} ({@code RegistrationResponseJSON}) against
     * {@code challenge}, and returns the passkey to store under {@code name}. Anything wrong (another challenge or
     * origin, a malformed answer, an unsupported key): refused, nothing stored.
     */
    public Passkey register(UUID accountId, String name, String responseJson, byte[] challenge, Instant at) {
        String checkedName = Passkey.requireName(name);
        RegistrationData data;
        try {
            data = MANAGER.parseRegistrationResponseJSON(requireResponse(responseJson));
            MANAGER.verify(data, new RegistrationParameters(serverProperty(challenge), PARAMETERS, false, true));
        } catch (RuntimeException refused) {
            // The answer comes from the browser, so anything may be in it: webauthn4j refuses it by its verification
            // and conversion exceptions, Jackson's, and for missing members a NullPointerException. Whichever: it is
            // not a registration for this ceremony.
            throw new RuleViolation("R-SEC.2", "/passkey", "rule.passkey.refused");
        }
        AuthenticatorData<?> authenticatorData = data.getAttestationObject().getAuthenticatorData();
        AttestedCredentialData credential = authenticatorData.getAttestedCredentialData();
        return new Passkey(
                accountId,
                checkedName,
                BASE64URL.encodeToString(credential.getCredentialId()),
                BASE64URL.encodeToString(CREDENTIAL_DATA.convert(credential)),
                authenticatorData.getSignCount(),
                authenticatorData.isFlagUV(),
                authenticatorData.isFlagBE(),
                authenticatorData.isFlagBS(),
                at);
    }

    /**
     * The credential id ({@code id}, Base64url) of a browser's answer to {@link #requestOptions}, to find the passkey
     * it claims to be; empty if the answer cannot be read.
     */
    public static Optional<String> credentialIdOf(String responseJson) {
        try {
            AuthenticationData data = MANAGER.parseAuthenticationResponseJSON(requireResponse(responseJson));
            return Optional.ofNullable(data.getCredentialId()).map(BASE64URL::encodeToString);
        } catch (RuntimeException unreadable) {
            // As in register: whatever webauthn4j throws at a malformed answer.
            return Optional.empty();
        }
    }

    /**
     * R-SEC.2: whether the browser's answer to {@link #requestOptions} with {@code challenge} is a valid assertion of
     * {@code passkey} (signature, origin, relying party, counter, user presence; user verification when
     * {@code userVerificationRequired}: a sign-in without a password needs the authenticator's PIN or biometrics,
     * which makes the passkey two factors in one). If so, the passkey's counter and time of use are updated.
     */
    public boolean accept(
            Passkey passkey, String responseJson, byte[] challenge, boolean userVerificationRequired, Instant at) {
        AuthenticationData data;
        try {
            data = MANAGER.parseAuthenticationResponseJSON(requireResponse(responseJson));
            if (data.getUserHandle() != null && !Arrays.equals(data.getUserHandle(), userHandle(passkey.accountId()))) {
                return false;
            }
            CredentialRecordImpl record = new CredentialRecordImpl(
                    new NoneAttestationStatement(),
                    passkey.userVerified(),
                    passkey.backupEligible(),
                    passkey.backedUp(),
                    passkey.signCount(),
                    CREDENTIAL_DATA.convert(BASE64URL_DECODER.decode(passkey.credentialData())),
                    null,
                    null,
                    null,
                    null);
            MANAGER.verify(
                    data,
                    new AuthenticationParameters(
                            serverProperty(challenge),
                            record,
                            List.of(BASE64URL_DECODER.decode(passkey.credentialId())),
                            userVerificationRequired,
                            true));
        } catch (RuntimeException refused) {
            // A wrong signature, challenge or origin, a counter that went back (a cloned authenticator), no user
            // verification where it is required, a malformed answer: not this passkey's assertion now.
            return false;
        }
        AuthenticatorData<?> authenticatorData = data.getAuthenticatorData();
        passkey.used(authenticatorData.getSignCount(), authenticatorData.isFlagUV(), authenticatorData.isFlagBS(), at);
        return true;
    }

    /**
     * The WebAuthn user handle of an account: its id's 16 bytes (random, and no personal data, as WebAuthn asks). A
     * passkey answering for another account's handle is refused.
     */
    static byte[] userHandle(UUID accountId) {
        return ByteBuffer.allocate(16)
                .putLong(accountId.getMostSignificantBits())
                .putLong(accountId.getLeastSignificantBits())
                .array();
    }

    private ServerProperty serverProperty(byte[] challenge) {
        return ServerProperty.builder()
                .originPredicate(this::acceptsOrigin)
                .rpId(id)
                .challenge(new DefaultChallenge(challenge))
                .build();
    }

    /** The base address's scheme and host, any port (see the class comment). */
    boolean acceptsOrigin(Origin origin) {
        return origin != null && scheme.equalsIgnoreCase(origin.getScheme()) && id.equalsIgnoreCase(origin.getHost());
    }

    private static JsonArrayBuilder descriptors(List<Passkey> passkeys) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Passkey passkey : passkeys) {
            JsonObjectBuilder descriptor =
                    Json.createObjectBuilder().add("type", "public-key").add("id", passkey.credentialId());
            list.add(descriptor);
        }
        return list;
    }

    private static String requireResponse(String responseJson) {
        if (responseJson == null || responseJson.isBlank()) {
            throw new IllegalArgumentException("no answer from the browser");
        }
        return responseJson;
    }
}
