package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import org.concord.domain.organisation.OrganisationKind;
import org.concord.service.Links;
import org.concord.service.Page;
import org.concord.service.organisation.OrganisationForm;
import org.concord.service.organisation.OrganisationService;
import org.concord.service.organisation.OrganisationView;

/**
 * The console's organisations (R-ACC.2): staff search them by name, page through them and create one, inviting its
 * first manager by address (R-ACC.1). Domains and Transparency Database names are typed one a line.
 */
@Named
@ViewScoped
@ShowsRefusals
public class OrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisations;

    private String q;
    private int page;
    private Page<OrganisationView.Summary> list;
    private final OrganisationForm form = new OrganisationForm();
    private String domains;
    private String aliases;

    public Page<OrganisationView.Summary> getList() {
        if (list == null) {
            list = organisations.list(q, page);
        }
        return list;
    }

    /** R-ACC.2: creates the organisation and opens its page. */
    public String create() {
        form.setDomains(lines(domains));
        form.setAliases(lines(aliases));
        OrganisationView created = organisations.create(form);
        Messages.info("organisations.created", created.name());
        return Links.redirect(Links.organisation(created.id()));
    }

    private static ArrayList<String> lines(String text) {
        return text == null
                ? new ArrayList<>()
                : new ArrayList<>(Arrays.stream(text.split("[\\r\\n,]+"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList());
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public OrganisationForm getForm() {
        return form;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(page, 0);
    }

    public String getDomains() {
        return domains;
    }

    public void setDomains(String domains) {
        this.domains = domains;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }
}
