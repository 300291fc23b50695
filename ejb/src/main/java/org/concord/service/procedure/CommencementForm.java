package org.concord.service.procedure;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.service.RuleId;

/**
 * Staff commence a Procedure: the Responding Party is a platform organisation (R-ACC.2), by its id, or, as
 * before organisations, by the e-mail address of an account, whose platform organisation then becomes the Party (an
 * account in none is the Party itself). One of the two is required; the organisation wins.
 */
public class CommencementForm implements Serializable {

    @RuleId("R-6")
    @Email(message = "{commence.respondingParty.email}")
    @Size(max = 254, message = "{commence.respondingParty.email}")
    private String respondingParty;

    @RuleId("R-6")
    @jakarta.validation.constraints.Pattern(
            regexp = "^$|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
            message = "{commence.organisation.format}")
    private String organisation;

    /** staff checked the Request against Article 5 (all items, scope flag, duplicates). */
    @RuleId("R-6")
    @jakarta.validation.constraints.AssertTrue(message = "{commence.compliant.required}")
    private boolean compliant;

    public boolean isCompliant() {
        return compliant;
    }

    public void setCompliant(boolean compliant) {
        this.compliant = compliant;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getRespondingParty() {
        return respondingParty;
    }

    public void setRespondingParty(String respondingParty) {
        this.respondingParty = respondingParty;
    }
}
