/** Accounts and their API tokens. */
package org.concord.service.account;
