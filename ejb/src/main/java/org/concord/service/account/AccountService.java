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
import java.util.UUID;
import java.util.stream.Collectors;
import org.concord.domain.NotFound;
import org.concord.domain.account.ApiToken;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.security.SecurityEvent;
import org.concord.service.security.SecurityLog;

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

    /** Who an API token belongs to, if it is known and not revoked. */
    @PermitAll
    public Optional<CallerIdentity> authenticateApiToken(String plainToken) {
        if (plainToken == null || !plainToken.startsWith(ApiToken.PREFIX)) {
            return Optional.empty();
        }
        return em.createNamedQuery("ApiToken.byHash", ApiToken.class)
                .setParameter("hash", ApiToken.hash(plainToken))
                .getResultStream()
                .filter(ApiToken::isActive)
                .filter(token -> token.account().isUsable())
                .findFirst()
                .map(token -> {
                    Instant now = clock.instant();
                    if (token.lastUsedAt() == null
                            || token.lastUsedAt()
                                    .plus(USE_RECORDING_GRANULARITY)
                                    .isBefore(now)) {
                        token.recordUse(now);
                    }
                    UserAccount account = token.account();
                    return new CallerIdentity(
                            account.email(),
                            account.roles().stream().map(Role::name).collect(Collectors.toSet()));
                });
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
    public IssuedApiToken issueApiToken(@NotBlank @Size(max = 100) String label) {
        UserAccount caller = caller();
        ApiToken.Issued issued = ApiToken.issue(caller, label, clock.instant());
        em.persist(issued.token());
        securityLog.record(
                SecurityEvent.Type.TOKEN_ISSUED,
                caller.id(),
                caller.id(),
                "token=" + issued.token().id());
        return new IssuedApiToken(
                issued.token().id(),
                issued.token().label(),
                issued.plainValue(),
                issued.token().createdAt());
    }

    @RolesAllowed({"CENTER_ADMIN", "CENTER_STAFF", "NEUTRAL", "PARTY"})
    public List<ApiTokenView> myApiTokens() {
        return em.createNamedQuery("ApiToken.ofAccount", ApiToken.class)
                .setParameter("account", caller())
                .getResultStream()
                .map(t -> new ApiTokenView(t.id(), t.label(), t.createdAt(), t.lastUsedAt(), t.revokedAt()))
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
