package org.concord.service.mediation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;
import org.concord.domain.analysis.Question;
import org.concord.domain.analysis.Reply;

/** R-M5: the questionnaire's answers (a question left out counts as "not sure"). */
public class AnalysisForm {

    @NotNull
    @Size(max = 20)
    private Map<Question, Reply> answers = new EnumMap<>(Question.class);

    public Map<Question, Reply> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<Question, Reply> answers) {
        this.answers = answers;
    }
}
