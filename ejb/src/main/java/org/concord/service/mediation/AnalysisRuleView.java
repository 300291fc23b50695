package org.concord.service.mediation;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.concord.domain.analysis.AnalysisRule;
import org.concord.domain.analysis.DisputeProcess;
import org.concord.domain.analysis.Question;
import org.concord.domain.analysis.Reply;

/** R-M5: a rule of the case analysis, as data. */
public record AnalysisRuleView(
        UUID id,
        Question question,
        Reply reply,
        DisputeProcess process,
        int weight,
        String reasonEn,
        String reasonFr,
        String reasonDe,
        String sourceDocument,
        String sourceSentence,
        String updatedBy,
        Instant updatedAt)
        implements Serializable {

    static AnalysisRuleView of(AnalysisRule r) {
        return new AnalysisRuleView(
                r.id(),
                r.question(),
                r.reply(),
                r.process(),
                r.weight(),
                r.reasonEn(),
                r.reasonFr(),
                r.reasonDe(),
                r.sourceDocument(),
                r.sourceSentence(),
                r.updatedBy(),
                r.updatedAt());
    }
}
