package org.concord.web.faces;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concord.domain.account.ApiToken;
import org.concord.service.account.AccountService;
import org.concord.service.account.ApiTokenView;

/**
 * The signed-in user's API tokens: a new token is shown once, here, and never again. R-SEC.3: the owner chooses its
 * scopes and, if shorter than the configured validity, its expiry.
 */
@Named
@ViewScoped
@ShowsRefusals
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @NotBlank
    @Size(max = 100)
    private String label;

    /** R-SEC.3: the scopes chosen for the new token, by name (default: reading only). */
    private List<String> scopes = new ArrayList<>(List.of(ApiToken.Scope.READ.name()));

    /** R-SEC.3: days until the new token expires; 0 (the default) is the longest, the configured validity. */
    private int days;

    private String issuedToken;
    private List<ApiTokenView> tokens;

    public List<ApiToken.Scope> getScopeTypes() {
        return accounts.scopesOffered();
    }

    /**
     * The validities offered, shortest first: 1, 7 and 30 days where shorter than the configured validity, then the
     * configured one itself (the value 0, the default), each labelled "1 day", "7 days"… in the page's language.
     */
    public List<SelectItem> getValidities() {
        long max = accounts.tokenValidity().toDays();
        List<SelectItem> offered = new ArrayList<>();
        Stream.of(1, 7, 30)
                .filter(d -> d < max)
                .forEach(d -> offered.add(new SelectItem(d, Messages.text("tokens.days", d))));
        offered.add(new SelectItem(0, Messages.text("tokens.days", max)));
        return offered;
    }

    public List<ApiTokenView> getTokens() {
        if (tokens == null) {
            tokens = accounts.myApiTokens();
        }
        return tokens;
    }

    public void issue() {
        Set<ApiToken.Scope> chosen = scopes.stream()
                .map(ApiToken.Scope::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiToken.Scope.class)));
        issuedToken = accounts.issueApiTokenFor(label, chosen, days > 0 ? Duration.ofDays(days) : null)
                .token();
        label = null;
        scopes = new ArrayList<>(List.of(ApiToken.Scope.READ.name()));
        days = 0;
        tokens = null;
        Messages.info("tokens.issued");
    }

    public void revoke(UUID id) {
        accounts.revokeApiToken(id);
        tokens = null;
        // The secret of a token just issued is shown once; any later action on the page ends that.
        issuedToken = null;
        Messages.info("tokens.revoked");
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getIssuedToken() {
        return issuedToken;
    }
}
