package org.concord.reports;

import java.time.YearMonth;

/** One line of the internal caseload report: how many procedures received in a month are now in a state. */
public record CaseloadRow(YearMonth month, String state, long procedures) {}
