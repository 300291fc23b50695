package org.concord.service.mediation;

import java.util.EnumMap;
import java.util.Map;
import org.concord.domain.mediation.FeedbackQuestion;

/** R-M4: a Party's ratings of the mediator, 1 to 5 per question; no free text, so nothing can identify it. */
public class FeedbackForm {

    private Integer understanding;
    private Integer impartiality;
    private Integer process;
    private Integer recommendation;

    Map<FeedbackQuestion, Integer> ratings() {
        Map<FeedbackQuestion, Integer> map = new EnumMap<>(FeedbackQuestion.class);
        map.put(FeedbackQuestion.UNDERSTANDING, understanding);
        map.put(FeedbackQuestion.IMPARTIALITY, impartiality);
        map.put(FeedbackQuestion.PROCESS, process);
        map.put(FeedbackQuestion.RECOMMENDATION, recommendation);
        return map;
    }

    public Integer getUnderstanding() {
        return understanding;
    }

    public void setUnderstanding(Integer understanding) {
        this.understanding = understanding;
    }

    public Integer getImpartiality() {
        return impartiality;
    }

    public void setImpartiality(Integer impartiality) {
        this.impartiality = impartiality;
    }

    public Integer getProcess() {
        return process;
    }

    public void setProcess(Integer process) {
        this.process = process;
    }

    public Integer getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Integer recommendation) {
        this.recommendation = recommendation;
    }
}
