package org.concord.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concord.service.Page;
import org.concord.service.retention.DueView;
import org.concord.service.retention.ErasureView;
import org.concord.service.retention.RetentionService;

/**
 * R-OPS.3: the administrators' retention page: per data class, its period, what is due for erasure now and when the
 * next item falls due; below, the record of what the erasure job erased (ids and counts, no content), a page at a
 * time ({@code ?page=2}).
 */
@Named
@RequestScoped
public class RetentionBacking {

    @Inject
    private RetentionService retention;

    private int page = 1;
    // Empty until load(): a postback (the header's language or sign-out) decodes the page's lists before the view
    // action runs (a page walk, issue 24, found the retention page failing there with a NullPointerException).
    private List<DueView> due = List.of();
    private Page<ErasureView> erasures = Page.numbered(List.of(), 1, false);

    public void load() {
        page = Math.max(1, page);
        due = retention.due();
        erasures = retention.erasures(page);
    }

    public List<DueView> getDue() {
        return due;
    }

    public List<ErasureView> getErasures() {
        return erasures.items();
    }

    public boolean isHasNext() {
        return Boolean.TRUE.equals(erasures.more());
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
