package org.concord.domain.organisation;

/** What an organisation is to the Center (R-ACC.2). */
public enum OrganisationKind {
    ONLINE_PLATFORM,
    RIGHTHOLDER,
    LAW_FIRM
}
