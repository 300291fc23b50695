package org.concord.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.concord.service.Page;
import org.concord.service.procedure.ProcedureService;
import org.concord.service.procedure.ProcedureSummary;

/**
 * The console's list of every procedure, newest first, a page at a time by keyset: "Older" follows the page's cursor,
 * "Newer" goes back the way it came, so that the millionth procedure is as quick to reach as the first.
 */
@Named
@ViewScoped
public class ConsoleProceduresBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 25;

    @Inject
    private ProcedureService procedures;

    /** The cursors of the pages before this one ({@code ""} for the newest). */
    private final Deque<String> newer = new ArrayDeque<>();

    private String current = "";
    private Page<ProcedureSummary> page;

    @PostConstruct
    void load() {
        page = procedures.allProcedures(current, PAGE_SIZE);
    }

    public void older() {
        if (page.next() != null) {
            newer.push(current);
            current = page.next();
            load();
        }
    }

    public void newer() {
        if (!newer.isEmpty()) {
            current = newer.pop();
            load();
        }
    }

    public List<ProcedureSummary> getProcedures() {
        return page.items();
    }

    public boolean isHasOlder() {
        return page.next() != null;
    }

    public boolean isHasNewer() {
        return !newer.isEmpty();
    }

    public int getPageNumber() {
        return newer.size() + 1;
    }
}
