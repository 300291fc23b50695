package org.concord.service.procedure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.service.RuleId;

/** the Neutral determines the language of the Procedure and says why. */
public class LanguageForm implements Serializable {

    @RuleId("R-4.1")
    @NotBlank(message = "{language.code}")
    @Pattern(regexp = "^[a-z]{2,3}$", message = "{language.code}")
    private String language;

    @RuleId("R-4.1")
    @NotBlank(message = "{language.reason}")
    @Size(max = 2000, message = "{language.reason}")
    private String reason;

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
