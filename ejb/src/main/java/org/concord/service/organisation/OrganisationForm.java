package org.concord.service.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.concord.domain.organisation.OrganisationKind;
import org.concord.service.RuleId;

/**
 * Staff create an organisation (R-ACC.2): what it is, its domains, its Transparency Database names, and the address of
 * its first manager, who is invited (R-ACC.1).
 */
public class OrganisationForm {

    @RuleId("R-ACC.2")
    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 200, message = "{organisation.name.size}")
    private String name;

    @RuleId("R-ACC.2")
    @NotNull(message = "{organisation.kind.required}")
    private OrganisationKind kind = OrganisationKind.ONLINE_PLATFORM;

    @Size(max = 100, message = "{organisation.legalForm.size}")
    private String legalForm;

    @RuleId("R-ACC.2")
    @Pattern(regexp = "^$|[A-Za-z]{2}", message = "{organisation.country.format}")
    private String country;

    private List<@Pattern(regexp = "^[A-Za-z0-9.-]{1,253}$", message = "{organisation.domain.format}") String> domains =
            new ArrayList<>();

    private List<@Size(max = 200, message = "{organisation.alias.size}") String> aliases = new ArrayList<>();

    @RuleId("R-ACC.2")
    @NotBlank(message = "{organisation.firstManager.required}")
    @Email(message = "{organisation.firstManager.email}")
    @Size(max = 254, message = "{organisation.firstManager.email}")
    private String firstManager;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public List<String> getDomains() {
        return domains;
    }

    public void setDomains(List<String> domains) {
        this.domains = domains == null ? new ArrayList<>() : domains;
    }

    public List<String> getAliases() {
        return aliases;
    }

    public void setAliases(List<String> aliases) {
        this.aliases = aliases == null ? new ArrayList<>() : aliases;
    }

    public String getFirstManager() {
        return firstManager;
    }

    public void setFirstManager(String firstManager) {
        this.firstManager = firstManager;
    }
}
