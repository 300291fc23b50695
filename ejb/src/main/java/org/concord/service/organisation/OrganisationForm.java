package org.concord.service.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.domain.organisation.OrganisationKind;
import org.concord.service.RuleId;

/**
 * Staff create an organisation (R-ACC.2): what it is, its details as staff later edit them ({@link
 * OrganisationDetailsForm}: name, legal form, country, domains, Transparency Database names), and the address of its
 * first manager, who is invited (R-ACC.1).
 */
public class OrganisationForm extends OrganisationDetailsForm implements Serializable {

    @RuleId("R-ACC.2")
    @NotNull(message = "{organisation.kind.required}")
    private OrganisationKind kind = OrganisationKind.ONLINE_PLATFORM;

    @RuleId("R-ACC.2")
    @NotBlank(message = "{organisation.firstManager.required}")
    @Email(message = "{organisation.firstManager.email}")
    @Size(max = 254, message = "{organisation.firstManager.email}")
    private String firstManager;

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getFirstManager() {
        return firstManager;
    }

    public void setFirstManager(String firstManager) {
        this.firstManager = firstManager;
    }
}
