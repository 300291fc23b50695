package org.concord.service.account;

import java.util.Set;
import java.util.UUID;
import org.concord.domain.account.ApiToken;

/** R-SEC.3: who a presented API token belongs to, which token it is, and what it may be used for. */
public record TokenCaller(CallerIdentity caller, UUID tokenId, UUID accountId, Set<ApiToken.Scope> scopes) {}
