package org.concord.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.concord.domain.analysis.DisputeProcess;
import org.concord.domain.analysis.Question;
import org.concord.domain.analysis.Reply;
import org.concord.service.Links;
import org.concord.service.mediation.AnalysisForm;
import org.concord.service.mediation.CaseAnalysisService;
import org.concord.service.mediation.RecommendationView;

/**
 * R-M5, public: the questionnaire, its recommendation with the reasons and their sources, and the start of the
 * recommended filing, prefilled with the description given here.
 */
@Named
@ViewScoped
public class CaseAnalysisBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DESCRIPTION_MAX = 2000;

    @Inject
    private CaseAnalysisService analysis;

    /** The answers as the page posts them: the {@link Reply} names (a map value carries no type for conversion). */
    private final Map<Question, String> answers = new EnumMap<>(Question.class);

    private String description;
    private RecommendationView recommendation;

    public CaseAnalysisBacking() {
        for (Question q : Question.values()) {
            answers.put(q, Reply.NOT_SURE.name());
        }
    }

    public void analyse() {
        AnalysisForm form = new AnalysisForm();
        Map<Question, Reply> replies = new EnumMap<>(Question.class);
        answers.forEach((q, r) -> replies.put(q, Reply.valueOf(r)));
        form.setAnswers(replies);
        recommendation = analysis.recommend(
                form, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The page that starts the recommended filing, with the description carried over (one click, R-M5). */
    public String getFilingUrl() {
        if (recommendation == null || recommendation.filing() == null) {
            return null;
        }
        String text = description == null ? "" : description.strip();
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context
                + (recommendation.filing() == DisputeProcess.MEDIATION
                        ? Links.mediationRequestWithSummary(text)
                        : Links.fileRequestWithDescription(text));
    }

    public List<Question> getQuestions() {
        return Arrays.asList(Question.values());
    }

    public List<Reply> getReplies() {
        return Arrays.asList(Reply.values());
    }

    public Map<Question, String> getAnswers() {
        return answers;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null || description.length() <= DESCRIPTION_MAX
                ? description
                : description.substring(0, DESCRIPTION_MAX);
    }

    public RecommendationView getRecommendation() {
        return recommendation;
    }
}
