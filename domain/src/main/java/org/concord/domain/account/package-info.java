/** Accounts, roles (rules.md §1) and API tokens. */
package org.concord.domain.account;
