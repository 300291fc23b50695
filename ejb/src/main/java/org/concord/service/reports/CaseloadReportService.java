package org.concord.service.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.concord.domain.procedure.ProcedureState;
import org.concord.domain.time.GenevaTime;
import org.concord.reports.CaseloadReport;
import org.concord.reports.CaseloadRow;
import org.concord.service.procedure.Procedures;

/**
 * R-STAT.3: the internal, unsuppressed caseload figures, for the Center's staff only. Built from one aggregate query
 * (no entity loading) and rendered by the reports module.
 */
@Stateless
@RolesAllowed({"CENTER_STAFF", "CENTER_ADMIN"})
public class CaseloadReportService {

    @Inject
    private Procedures procedures;

    @Inject
    private Clock clock;

    public byte[] caseloadPdf(Locale locale) {
        List<CaseloadRow> rows = procedures.caseloadByMonthAndState().stream()
                .map(r -> new CaseloadRow(
                        YearMonth.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()),
                        ((ProcedureState) r[2]).name(),
                        ((Number) r[3]).longValue()))
                .toList();
        return CaseloadReport.pdf(rows, locale, clock.instant(), GenevaTime.ZONE);
    }
}
