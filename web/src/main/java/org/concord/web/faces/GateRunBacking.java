package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.service.statistics.GateRunView;
import org.concord.service.statistics.StatisticsService;

/**
 * The page of one background run of the publication gate (issue 24): its progress while it runs, read again every
 * second by the page, then its result. The run's id is in the URL, so the page can be reloaded, bookmarked and opened
 * by other staff; the state is the run's row, not this bean.
 */
@Named
@ViewScoped
public class GateRunBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StatisticsService statistics;

    private String id;
    private GateRunView run;

    public void load() throws IOException {
        try {
            run = statistics.gateRun(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException hidden) {
            ErrorPages.send(404);
        }
    }

    /** The poll: where the run is now. */
    public void refresh() {
        run = statistics.gateRun(run.id());
    }

    /** What stopped a failed run, in the reader's language. */
    public String getErrorMessage() {
        return run == null || run.error() == null
                ? null
                : Messages.text(run.error().key(), run.error().arguments().toArray());
    }

    /** The field of the run's form that the error speaks of ("Data cut-off"), or null for the whole run. */
    public String getErrorField() {
        return run == null || run.error() == null || run.error().field() == null
                ? null
                : Messages.text("statistics." + run.error().field().substring(1));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public GateRunView getRun() {
        return run;
    }
}
