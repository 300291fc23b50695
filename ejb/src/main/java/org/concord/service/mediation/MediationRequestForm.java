package org.concord.service.mediation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.UUID;
import org.concord.domain.mediation.Mediation;
import org.concord.service.RuleId;

/**
 * A request for mediation (R-M1): the other Party's e-mail address, or the DCTI Procedure it comes from under 15(a)
 * (whose other Party is then invited), what the dispute is about and the language to mediate in.
 */
public class MediationRequestForm implements Serializable {

    @RuleId("R-M1")
    @Size(max = 254, message = "{mediation.otherParty.size}")
    private String otherParty;

    private UUID procedureId;

    @RuleId("R-M1")
    @NotBlank(message = "{mediation.summary.required}")
    @Size(max = Mediation.SUMMARY_MAX_CHARS, message = "{mediation.summary.required}")
    private String summary;

    @RuleId("R-M1")
    @NotBlank(message = "{mediation.language.required}")
    @Size(max = 3, message = "{mediation.language.required}")
    private String language = "en";

    public String getOtherParty() {
        return otherParty;
    }

    public void setOtherParty(String otherParty) {
        this.otherParty = otherParty;
    }

    public UUID getProcedureId() {
        return procedureId;
    }

    public void setProcedureId(UUID procedureId) {
        this.procedureId = procedureId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
