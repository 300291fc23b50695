package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concord.service.Page;
import org.concord.service.statistics.ReleaseView;
import org.concord.service.statistics.StatisticsService;

/** The public statistics page (R-STAT.1, R-STAT.2): every published release, a page at a time, as PDF and CSV. */
@Named
@ViewScoped
public class PublicStatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 20;

    @Inject
    private StatisticsService statistics;

    private Page<ReleaseView> releases;
    private int page;

    public Page<ReleaseView> getReleases() {
        if (releases == null) {
            releases = statistics.releases(page, PAGE);
        }
        return releases;
    }

    public void next() {
        page++;
        releases = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        releases = null;
    }
}
