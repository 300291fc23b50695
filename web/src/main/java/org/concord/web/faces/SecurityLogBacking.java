package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.concord.domain.security.SecurityEvent;
import org.concord.service.Links;
import org.concord.service.Page;
import org.concord.service.security.SecurityEventView;
import org.concord.service.security.SecurityLog;

/** R-SEC.7: the administrators' security log, filtered by account, type and days; the filters are in the URL. */
@Named
@RequestScoped
@ShowsRefusals
public class SecurityLogBacking {

    @Inject
    private SecurityLog log;

    @Size(max = 254)
    private String account;

    private SecurityEvent.Type type;
    private LocalDate from;
    private LocalDate to;
    private int page;
    private Page<SecurityEventView> result;

    public void load() {
        result = log.search(account, type, from, to, Math.max(0, page));
    }

    public String search() {
        return Links.redirect(Links.securityLog(account, type == null ? null : type.name(), from, to, 0));
    }

    public List<SecurityEvent.Type> getTypes() {
        return List.of(SecurityEvent.Type.values());
    }

    public String getPreviousLink() {
        return Links.securityLog(account, type == null ? null : type.name(), from, to, Math.max(0, page - 1));
    }

    public String getNextLink() {
        return Links.securityLog(account, type == null ? null : type.name(), from, to, page + 1);
    }

    public Page<SecurityEventView> getResult() {
        return result;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public SecurityEvent.Type getType() {
        return type;
    }

    public void setType(SecurityEvent.Type type) {
        this.type = type;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
