package org.concord.service.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.domain.organisation.MemberRole;
import org.concord.service.RuleId;

/** A manager (or staff) invites an address to join the organisation, as a member or a manager (R-ACC.2, R-ACC.1). */
public class MemberForm implements Serializable {

    @RuleId("R-ACC.2")
    @NotBlank(message = "{organisation.member.email.required}")
    @Email(message = "{organisation.member.email.format}")
    @Size(max = 254, message = "{organisation.member.email.format}")
    private String email;

    private MemberRole role = MemberRole.MEMBER;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public MemberRole getRole() {
        return role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }
}
