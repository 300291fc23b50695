package org.concord.service.procedure;

import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.Procedure;

/**
 * Fired in the transaction that files a Request, after the Procedure is stored: the filing fee is assessed
 * and the Requesting Party acknowledged with it (R-17.1, R-C1) by the fee context, which observes this.
 */
public record RequestFiled(Procedure procedure, UserAccount requester) {}
