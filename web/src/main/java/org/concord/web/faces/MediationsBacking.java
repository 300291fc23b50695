package org.concord.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concord.service.mediation.MediationService;
import org.concord.service.mediation.MediationSummary;
import org.concord.service.mediation.MediationView;

/** The caller's mediations (or, for the Center, every one, a page at a time) and a mediator's mandates to answer. */
@Named
@ViewScoped
public class MediationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 25;

    @Inject
    private MediationService mediations;

    @Inject
    private HomeBacking home;

    private int page;
    private List<MediationSummary> list;
    private List<MediationView> mandates;

    @PostConstruct
    void load() {
        list = mediations.list(page, PAGE_SIZE);
        mandates = home.isNeutral() ? mediations.mandates() : List.of();
    }

    public void next() {
        page++;
        load();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        load();
    }

    public boolean isHasNext() {
        return home.isStaff() && list.size() == PAGE_SIZE;
    }

    public int getPage() {
        return page;
    }

    public List<MediationSummary> getList() {
        return list;
    }

    public List<MediationView> getMandates() {
        return mandates;
    }
}
