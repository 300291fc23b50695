package org.concord.domain.statistics;

import java.util.List;

/**
 * What the publication gate decided: the tables to release with every cell's status, or a refusal with the failing
 * targets and their intervals; in both cases the audit evidence (R-13.3: publication is refused while a check fails).
 */
public record GateDecision(
        boolean published,
        List<PublishedTable> tables,
        List<String> refusals,
        List<TargetCheck> evidence,
        String solver) {

    public GateDecision {
        tables = List.copyOf(tables);
        refusals = List.copyOf(refusals);
        evidence = List.copyOf(evidence);
    }
}
