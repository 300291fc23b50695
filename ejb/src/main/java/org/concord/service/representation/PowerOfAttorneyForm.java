package org.concord.service.representation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.service.RuleId;

/**
 * R-ACC.3: a representative files a power of attorney for a Party of one Procedure, naming the Procedure by its
 * reference and the Party by its e-mail address, with the document (checked as any document, R-C2).
 */
public class PowerOfAttorneyForm implements Serializable {

    @RuleId("R-ACC.3")
    @NotBlank(message = "{powerOfAttorney.reference.required}")
    @Size(max = 40, message = "{powerOfAttorney.reference.required}")
    private String reference;

    @RuleId("R-ACC.3")
    @NotBlank(message = "{powerOfAttorney.partyEmail.required}")
    @Email(message = "{representation.email.format}")
    @Size(max = 254, message = "{representation.email.format}")
    private String partyEmail;

    @Size(max = 200, message = "{annex.filename.size}")
    private String filename;

    @RuleId("R-ACC.3")
    @NotNull(message = "{powerOfAttorney.document.required}")
    private byte[] document;

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getPartyEmail() {
        return partyEmail;
    }

    public void setPartyEmail(String partyEmail) {
        this.partyEmail = partyEmail;
    }

    public String getFilename() {
        return filename;
    }

    public void setFilename(String filename) {
        this.filename = filename;
    }

    public byte[] getDocument() {
        return document;
    }

    public void setDocument(byte[] document) {
        this.document = document;
    }
}
