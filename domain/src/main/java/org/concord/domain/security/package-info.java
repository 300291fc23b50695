/** The security log (R-SEC.7): what happened to sign-ins, credentials, accounts and the Center's configuration. */
package org.concord.domain.security;
