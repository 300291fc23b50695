package org.concord.service.invitation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.domain.account.Invitation;
import org.concord.service.RuleId;

/** Staff invite a Neutral, an administrator a member of staff, by address (R-ACC.1, R-ACC.5). */
public class InvitationForm implements Serializable {

    @RuleId("R-ACC.1")
    @NotNull(message = "{invitation.kind.required}")
    private Invitation.Kind kind = Invitation.Kind.NEUTRAL;

    @RuleId("R-ACC.1")
    @NotBlank(message = "{invitation.email.required}")
    @Email(message = "{invitation.email.format}")
    @Size(max = 254, message = "{invitation.email.format}")
    private String email;

    public Invitation.Kind getKind() {
        return kind;
    }

    public void setKind(Invitation.Kind kind) {
        this.kind = kind;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
