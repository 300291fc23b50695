package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.service.sor.StatementBatchView;
import org.concord.service.sor.StatementService;

/**
 * The page of one batch of Statements of Reasons stored in the background (issue 24, R-SOR.1), for the Party who
 * uploaded it: its progress while it runs, read again every second by the page, then its drafts, a page at a time,
 * each with the link where a Request is started from it. The batch's id and the page are in the URL, so the page can be
 * reloaded and bookmarked; anyone else gets the same 404 as for a wrong id.
 */
@Named
@ViewScoped
public class StatementBatchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StatementService statements;

    private String id;
    private int page = 1;
    private StatementBatchView batch;

    public void load() throws IOException {
        try {
            batch = statements.batch(UUID.fromString(String.valueOf(id)), page - 1);
        } catch (NotFound | IllegalArgumentException hidden) {
            ErrorPages.send(404);
        }
    }

    /** The poll: where the batch is now. */
    public void refresh() {
        batch = statements.batch(batch.id(), page - 1);
    }

    /** What stopped a failed batch, in the reader's language. */
    public String getErrorMessage() {
        return batch == null || batch.error() == null
                ? null
                : Messages.text(batch.error().key(), batch.error().arguments().toArray());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The page of drafts shown, from 1 (as in the URL). */
    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public StatementBatchView getBatch() {
        return batch;
    }
}
