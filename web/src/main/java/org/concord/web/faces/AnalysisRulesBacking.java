package org.concord.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.domain.analysis.DisputeProcess;
import org.concord.domain.analysis.Question;
import org.concord.domain.analysis.Reply;
import org.concord.service.mediation.AnalysisRuleForm;
import org.concord.service.mediation.AnalysisRuleView;
import org.concord.service.mediation.CaseAnalysisService;

/** R-M5, CENTER_ADMIN: the case-analysis rules as data; edit one, add one, remove one. */
@Named
@ViewScoped
@ShowsRefusals
public class AnalysisRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseAnalysisService analysis;

    private List<AnalysisRuleView> rules;
    private UUID editing;
    private AnalysisRuleForm form = new AnalysisRuleForm();

    @PostConstruct
    void load() {
        rules = analysis.rules();
    }

    public void edit(AnalysisRuleView rule) {
        editing = rule.id();
        form = new AnalysisRuleForm();
        form.setQuestion(rule.question());
        form.setReply(rule.reply());
        form.setProcess(rule.process());
        form.setWeight(rule.weight());
        form.setReasonEn(rule.reasonEn());
        form.setReasonFr(rule.reasonFr());
        form.setReasonDe(rule.reasonDe());
        form.setSourceDocument(rule.sourceDocument());
        form.setSourceSentence(rule.sourceSentence());
    }

    public void startNew() {
        editing = null;
        form = new AnalysisRuleForm();
    }

    public void save() {
        try {
            if (editing == null) {
                analysis.add(form);
            } else {
                analysis.update(editing, form);
            }
            Messages.info("rules.saved");
            startNew();
            load();
        } catch (NotFound gone) {
            Messages.error(null, "rules.gone");
            load();
        }
    }

    public void remove(UUID id) {
        try {
            analysis.remove(id);
            Messages.info("rules.removed");
        } catch (NotFound gone) {
            Messages.error(null, "rules.gone");
        }
        startNew();
        load();
    }

    public List<AnalysisRuleView> getRules() {
        return rules;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public AnalysisRuleForm getForm() {
        return form;
    }

    public List<Question> getQuestions() {
        return Arrays.asList(Question.values());
    }

    public List<Reply> getReplies() {
        return List.of(Reply.YES, Reply.NO);
    }

    public List<DisputeProcess> getProcesses() {
        return Arrays.asList(DisputeProcess.values());
    }
}
