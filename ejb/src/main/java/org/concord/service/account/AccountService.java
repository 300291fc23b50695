package org.concord.service.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.NotFound;
import org.concord.domain.account.ApiToken;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.security.SecurityEvent;
import org.concord.service.security.SecurityLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Use cases of one's own account: API tokens (issued, listed, revoked) and their verification when the API is
 * called with {@code Authorization: Bearer}.
 */
@Stateless
public class AccountService {

    /** Last use is recorded at most this often, so that reads do not turn into writes on every call. */
    private static final Duration USE_RECORDING_GRANULARITY = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** R-SEC.3: how long a token lasts when its owner chooses nothing shorter (ISO-8601, default 90 days). */
    @Inject
    @ConfigProperty(name = "concord.tokens.default-validity", defaultValue = "P90D")
    private String defaultValidity;

    /**
     * Who an API token belongs to and what it may be used for, if it is known, not revoked and not expired. R-SEC.3:
     * an expired token is refused like an unknown one, and the refusal is logged.
     */
    @PermitAll
    public Optional<TokenCaller> authenticateApiToken(String plainToken) {
        if (plainToken == null || !plainToken.startsWith(ApiToken.PREFIX)) {
            return Optional.empty();
        }
        Instant at = clock.instant();
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class)
                .setParameter("hash", ApiToken.hash(plainToken))
                .getResultStream()
                .filter(ApiToken::isActive)
                .filter(token -> token.account().isUsable())
                .filter(token -> {
                    if (token.isExpiredAt(at)) {
                        securityLog.record(
                                SecurityEvent.Type.TOKEN_REFUSED,
                                token.account().id(),
                                null,
                                "token=" + token.id() + " reason=expired");
                        return false;
                    }
                    return true;
                })
                .findFirst()
                .map(token -> {
                    Instant now = at;
                    if (token.lastUsedAt() == null
                            || token.lastUsedAt()
                                    .plus(USE_RECORDING_GRANULARITY)
                                    .isBefore(now)) {
                        token.recordUse(now);
                    }
                    UserAccount account = token.account();
                    return new TokenCaller(
                            new CallerIdentity(
                                    account.email(),
                                    account.roles().stream().map(Role::name).collect(Collectors.toSet())),
                            token.id(),
                            account.id(),
                            token.scopes());
                });
    }

    /** R-SEC.3: a token was used for what it may not do ({@code reason}: a code such as {@code scope=FILE}). */
    @PermitAll
    public void recordTokenRefusal(UUID tokenId, UUID accountId, String reason) {
        securityLog.record(SecurityEvent.Type.TOKEN_REFUSED, accountId, accountId, "token=" + tokenId + " " + reason);
    }

    /** R-SEC.3: how long a new token lasts at most (and by default). */
    @PermitAll
    public Duration tokenValidity() {
        return Duration.parse(defaultValidity.strip());
    }

    /**
     * Whether a console or portal session of {@code email} that began at {@code signedInAt} may go on: the account
     * is usable and its sessions were not ended since (R-ACC.4 reset, R-ACC.5 disabling, sign-out everywhere).
     */
    @PermitAll
    public boolean sessionMayContinue(String email, Instant signedInAt) {
        return accounts.findByEmail(email)
                .map(account -> account.acceptsSessionFrom(signedInAt))
                .orElse(false);
    }

    /** Who the caller is, as Concord knows it: for an integrator checking its token. */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public Me me() {
        UserAccount caller = accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
        return new Me(
                caller.email(),
                caller.displayName(),
                java.util.Set.copyOf(caller.roles()),
                caller.locale().toLanguageTag());
    }

    /** The signed-in account: address, name, roles and language. */
    public record Me(String email, String displayName, java.util.Set<Role> roles, String locale) {}

    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public IssuedApiToken issueApiToken(
            @NotBlank @Size(max = 100) String label, Set<ApiToken.Scope> scopes, Instant expiresAt) {
        UserAccount caller = caller();
        ApiToken.Issued issued = ApiToken.issue(caller, label, scopes, expiresAt, tokenValidity(), clock.instant());
        em.persist(issued.token());
        ApiToken token = issued.token();
        securityLog.record(
                SecurityEvent.Type.TOKEN_ISSUED,
                caller.id(),
                caller.id(),
                "token=" + token.id() + " scopes=" + scopeCodes(token) + " expires=" + token.expiresAt());
        return new IssuedApiToken(
                token.id(),
                token.label(),
                issued.plainValue(),
                token.createdAt(),
                token.expiresAt(),
                new TreeSet<>(token.scopes()));
    }

    /**
     * R-SEC.3: a token that lasts {@code lifetime} from now (the application's clock, which a staging offset moves),
     * as the tokens page offers; {@code null} for the longest, the configured validity.
     */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public IssuedApiToken issueApiTokenFor(
            @NotBlank @Size(max = 100) String label, Set<ApiToken.Scope> scopes, Duration lifetime) {
        return issueApiToken(
                label, scopes, lifetime == null ? null : clock.instant().plus(lifetime));
    }

    private static String scopeCodes(ApiToken token) {
        return token.scopes().stream().map(Enum::name).sorted().collect(Collectors.joining("+"));
    }

    /** R-SEC.3: the scopes the tokens page offers the caller. */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public List<ApiToken.Scope> scopesOffered() {
        return ApiToken.Scope.offeredTo(caller());
    }

    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public List<ApiTokenView> myApiTokens() {
        return em.createNamedQuery("ApiToken.ofAccount", ApiToken.class)
                .setParameter("account", caller())
                .getResultStream()
                .map(t -> ApiTokenView.of(t, clock.instant()))
                .toList();
    }

    /** Revokes one of the caller's own tokens; someone else's token is "not found". */
    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public void revokeApiToken(UUID tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        UserAccount caller = caller();
        if (token == null || !token.account().id().equals(caller.id())) {
            throw new NotFound();
        }
        token.revoke(clock.instant());
        securityLog.record(SecurityEvent.Type.TOKEN_REVOKED, caller.id(), caller.id(), "token=" + token.id());
    }

    private UserAccount caller() {
        return accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
    }
}
