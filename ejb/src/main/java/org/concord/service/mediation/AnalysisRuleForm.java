package org.concord.service.mediation;

import java.io.Serializable;
import org.concord.domain.analysis.DisputeProcess;
import org.concord.domain.analysis.Question;
import org.concord.domain.analysis.Reply;

/** R-M5: one rule of the case analysis as CENTER_ADMIN writes it; the domain checks it ({@code AnalysisRule}). */
public class AnalysisRuleForm implements Serializable {

    private Question question;
    private Reply reply;
    private DisputeProcess process;
    private int weight;
    private String reasonEn;
    private String reasonFr;
    private String reasonDe;
    private String sourceDocument;
    private String sourceSentence;

    public Question getQuestion() {
        return question;
    }

    public void setQuestion(Question question) {
        this.question = question;
    }

    public Reply getReply() {
        return reply;
    }

    public void setReply(Reply reply) {
        this.reply = reply;
    }

    public DisputeProcess getProcess() {
        return process;
    }

    public void setProcess(DisputeProcess process) {
        this.process = process;
    }

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }

    public String getReasonEn() {
        return reasonEn;
    }

    public void setReasonEn(String reasonEn) {
        this.reasonEn = reasonEn;
    }

    public String getReasonFr() {
        return reasonFr;
    }

    public void setReasonFr(String reasonFr) {
        this.reasonFr = reasonFr;
    }

    public String getReasonDe() {
        return reasonDe;
    }

    public void setReasonDe(String reasonDe) {
        this.reasonDe = reasonDe;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }

    public void setSourceDocument(String sourceDocument) {
        this.sourceDocument = sourceDocument;
    }

    public String getSourceSentence() {
        return sourceSentence;
    }

    public void setSourceSentence(String sourceSentence) {
        this.sourceSentence = sourceSentence;
    }
}
