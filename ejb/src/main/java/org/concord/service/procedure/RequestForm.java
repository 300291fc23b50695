package org.concord.service.procedure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.Procedure;
import org.concord.service.RuleId;

/**
 * What a Requesting Party submits to start a Procedure, from the portal form or the API. The walking skeleton's
 * minimal Request: the matter, the Online Platform whose decision is contested and the description
 * . The Statement of Reasons and the other items of Article 5(b) come with the procedure issue.
 */
public class RequestForm {

    @RuleId("R-2")
    @NotNull(message = "{request.matter.required}")
    private Matter matter;

    @RuleId("R-5.1")
    @NotBlank(message = "{request.platformName.required}")
    @Size(max = 200, message = "{request.platformName.size}")
    private String platformName;

    @RuleId("R-5.1")
    @NotBlank(message = "{request.description.required}")
    @Size(max = Procedure.DESCRIPTION_MAX_CHARS, message = "{request.description.size}")
    private String description;

    public Matter getMatter() {
        return matter;
    }

    public void setMatter(Matter matter) {
        this.matter = matter;
    }

    public String getPlatformName() {
        return platformName;
    }

    public void setPlatformName(String platformName) {
        this.platformName = platformName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
