package org.concord.service.statistics;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.concord.domain.audit.AuditChain;
import org.concord.domain.statistics.LedgerHead;
import org.concord.domain.statistics.Release;

/**
 * One year's publication ledger verified: how many releases it holds, the hash at its end, and whether every
 * release is unchanged since it was released and chained to the one before it — if not, the first release that is
 * not, and why.
 */
public record LedgerView(int year, int releases, String hash, boolean intact, Long brokenAt, String reason)
        implements Serializable {

    static LedgerView of(LedgerHead head, List<Release> releases) {
        Optional<AuditChain.Break> broken = head.verify(releases);
        return new LedgerView(
                head.year(),
                releases.size(),
                head.hash(),
                broken.isEmpty(),
                broken.map(AuditChain.Break::sequence).orElse(null),
                broken.map(AuditChain.Break::reason).orElse(null));
    }
}
