package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.concord.domain.NotFound;
import org.concord.service.fee.BankStatementImportView;
import org.concord.service.fee.PaymentImportService;

/**
 * The page of one background import of a bank statement (issue 24, R-17.5), as {@link GateRunBacking} is the page of
 * a run of the gate: its progress while it runs, read again every second by the page, then its result. The import's
 * id is in the URL, so the page can be reloaded, bookmarked and opened by other staff; the state is the import's
 * row, not this bean.
 */
@Named
@ViewScoped
public class BankStatementImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaymentImportService imports;

    private String id;
    private BankStatementImportView run;

    public void load() throws IOException {
        try {
            run = imports.statementImport(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException hidden) {
            ErrorPages.send(404);
        }
    }

    /** The poll: where the import is now. */
    public void refresh() {
        run = imports.statementImport(run.id());
    }

    /** What stopped a failed import, in the reader's language. */
    public String getErrorMessage() {
        return run == null || run.error() == null
                ? null
                : Messages.text(run.error().key(), run.error().arguments().toArray());
    }

    /** The field the error speaks of ("Statement file"), or null for the whole import. */
    public String getErrorField() {
        return run == null || run.error() == null || run.error().field() == null
                ? null
                : Messages.text(
                        "payments.run.field" + capitalised(run.error().field().substring(1)));
    }

    private static String capitalised(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BankStatementImportView getRun() {
        return run;
    }
}
