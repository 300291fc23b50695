package org.concord.service.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.concord.service.RuleId;

/**
 * Staff edit an organisation's details (R-ACC.2): its name, legal form, country, e-mail domains and Transparency
 * Database names. The same shape as at its creation ({@link OrganisationForm}); the rules are the domain's ({@code
 * Organisation.edit}).
 */
public class OrganisationDetailsForm implements Serializable {

    @RuleId("R-ACC.2")
    @NotBlank(message = "{organisation.name.required}")
    @Size(max = 200, message = "{organisation.name.size}")
    private String name;

    @Size(max = 100, message = "{organisation.legalForm.size}")
    private String legalForm;

    @RuleId("R-ACC.2")
    @Pattern(regexp = "^$|[A-Za-z]{2}", message = "{organisation.country.format}")
    private String country;

    private List<@Pattern(regexp = "^[A-Za-z0-9.-]{1,253}$", message = "{organisation.domain.format}") String> domains =
            new ArrayList<>();

    private List<@Size(max = 200, message = "{organisation.alias.size}") String> aliases = new ArrayList<>();

    /** The form filled with the organisation's details as they are. */
    public static OrganisationDetailsForm of(OrganisationView organisation) {
        OrganisationDetailsForm form = new OrganisationDetailsForm();
        form.setName(organisation.name());
        form.setLegalForm(organisation.legalForm());
        form.setCountry(organisation.country());
        form.setDomains(new ArrayList<>(organisation.domains()));
        form.setAliases(new ArrayList<>(organisation.aliases()));
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
}
