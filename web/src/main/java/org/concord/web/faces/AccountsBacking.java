package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.concord.service.Links;
import org.concord.service.Page;
import org.concord.service.account.AccountAdministrationService;
import org.concord.service.account.AccountSummary;

/** R-ACC.5: the administrators' list of accounts, searched by name or address; query and page are in the URL. */
@Named
@RequestScoped
@ShowsRefusals
public class AccountsBacking {

    @Inject
    private AccountAdministrationService administration;

    @Size(max = 254)
    private String q;

    private int page;
    private Page<AccountSummary> result;

    public void load() {
        result = administration.search(q, Math.max(0, page));
    }

    public String search() {
        return Links.redirect(Links.accounts(q, 0));
    }

    public String getPreviousLink() {
        return Links.accounts(q, Math.max(0, page - 1));
    }

    public String getNextLink() {
        return Links.accounts(q, page + 1);
    }

    public Page<AccountSummary> getResult() {
        return result;
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
        this.page = page;
    }
}
