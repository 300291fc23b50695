package org.concord.service.account;

import java.util.Set;

/** Who a presented credential belongs to: the login name and the security groups (= role names). */
public record CallerIdentity(String email, Set<String> groups) {}
