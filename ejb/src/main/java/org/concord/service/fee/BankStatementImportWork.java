package org.concord.service.fee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.concord.domain.BackgroundRun;
import org.concord.domain.RuleViolation;
import org.concord.domain.fee.BankStatementImport;
import org.concord.service.background.BackgroundWork;

/** A bank-statement import in the background (issue 24, R-17.5): performed by {@link PaymentImportService}. */
@ApplicationScoped
public class BankStatementImportWork implements BackgroundWork {

    @Inject
    private PaymentImportService imports;

    @Override
    public Class<? extends BackgroundRun> kind() {
        return BankStatementImport.class;
    }

    @Override
    public void perform(UUID run) {
        imports.perform(run);
    }

    @Override
    public RuleViolation failed(RuntimeException failure) {
        if (failure instanceof MalformedStatement malformed) {
            // read when it was queued; only a reader changed since then gets here
            return new RuleViolation(
                    "R-17.5", "/statement", "payments.run.malformed", malformed.line(), malformed.column());
        }
        return new RuleViolation("R-17.5", null, "payments.run.failed");
    }
}
