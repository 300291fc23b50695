package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.concord.service.account.AccountService;
import org.concord.service.account.ApiTokenView;

/** The signed-in user's API tokens: a new token is shown once, here, and never again. */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @NotBlank
    @Size(max = 100)
    private String label;

    private String issuedToken;
    private List<ApiTokenView> tokens;

    public List<ApiTokenView> getTokens() {
        if (tokens == null) {
            tokens = accounts.myApiTokens();
        }
        return tokens;
    }

    public void issue() {
        issuedToken = accounts.issueApiToken(label).token();
        label = null;
        tokens = null;
        Messages.info("tokens.issued");
    }

    public void revoke(UUID id) {
        accounts.revokeApiToken(id);
        tokens = null;
        Messages.info("tokens.revoked");
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getIssuedToken() {
        return issuedToken;
    }
}
