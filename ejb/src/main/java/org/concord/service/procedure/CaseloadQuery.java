package org.concord.service.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.concord.domain.RuleViolation;
import org.concord.domain.procedure.ProcedureState;
import org.concord.domain.time.GenevaTime;
import org.concord.service.ListCursor;

/**
 * R-PLAT.1: one page of the caller's Procedures, newest first: where it goes on ({@code after}, a {@link ListCursor}),
 * how many ({@code size}, 1 to {@value ProcedureService#MAX_PAGE_SIZE}) and the filters: the state, "Answer due" (the
 * Responding Party's Answer period running and no Answer filed, R-7), "to implement" (a Resolution communicated and
 * its implementation report not yet made, R-PLAT.4) and the receipt between two Geneva dates, both included. Built by {@link #parse} from the text of query parameters or a page's fields; each bad value is refused
 * naming its parameter.
 */
public record CaseloadQuery(
        ListCursor after,
        int size,
        Optional<ProcedureState> state,
        boolean answerDue,
        boolean toImplement,
        Optional<LocalDate> receivedFrom,
        Optional<LocalDate> receivedTo) {

    public static final int DEFAULT_SIZE = 25;

    public CaseloadQuery {
        size = Math.max(1, Math.min(size, ProcedureService.MAX_PAGE_SIZE));
    }

    /** The newest {@code size} of all the caller's Procedures. */
    public static CaseloadQuery first(int size) {
        return new CaseloadQuery(null, size, Optional.empty(), false, false, Optional.empty(), Optional.empty());
    }

    /**
     * @param after {@code null} or blank for the newest, else the {@code next} of the page before
     * @param answerDue {@code null}, blank, {@code true} or {@code false}
     * @param toImplement the same
     * @param receivedFrom {@code null}, blank or an ISO date (2026-01-31), in Geneva
     * @throws RuleViolation naming {@code /after}, {@code /state}, {@code /answerDue}, {@code /toImplement},
     *     {@code /receivedFrom} or {@code /receivedTo}
     */
    public static CaseloadQuery parse(
            String after,
            int size,
            String state,
            String answerDue,
            String toImplement,
            String receivedFrom,
            String receivedTo) {
        ListCursor cursor = blank(after) ? null : ListCursor.decode(after.strip());
        Optional<ProcedureState> inState = Optional.empty();
        if (!blank(state)) {
            try {
                inState = Optional.of(ProcedureState.valueOf(state.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new RuleViolation("R-PLAT.1", "/state", "caseload.state.invalid");
            }
        }
        boolean due = flag(answerDue, "/answerDue");
        boolean implement = flag(toImplement, "/toImplement");
        Optional<LocalDate> from = date(receivedFrom, "/receivedFrom");
        Optional<LocalDate> to = date(receivedTo, "/receivedTo");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new RuleViolation("R-PLAT.1", "/receivedTo", "caseload.dates.reversed");
        }
        return new CaseloadQuery(cursor, size, inState, due, implement, from, to);
    }

    /** A page size from a query parameter: blank for {@value #DEFAULT_SIZE}; else a whole number, kept in 1–100. */
    public static int size(String text) {
        if (blank(text)) {
            return DEFAULT_SIZE;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("R-PLAT.1", "/size", "caseload.size.invalid");
        }
    }

    /** The first instant received on {@code receivedFrom} in Geneva, if given. */
    Optional<Instant> fromInstant() {
        return receivedFrom.map(d -> d.atStartOfDay(GenevaTime.ZONE).toInstant());
    }

    /** The first instant after {@code receivedTo} in Geneva (excluded), if given. */
    Optional<Instant> untilInstant() {
        return receivedTo.map(d -> d.plusDays(1).atStartOfDay(GenevaTime.ZONE).toInstant());
    }

    /** A yes/no filter: blank for no; else {@code true} or {@code false}. */
    private static boolean flag(String text, String field) {
        if (blank(text)) {
            return false;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new RuleViolation("R-PLAT.1", field, "caseload.flag.invalid");
        }
        return value.equals("true");
    }

    private static Optional<LocalDate> date(String text, String field) {
        if (blank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new RuleViolation("R-PLAT.1", field, "caseload.date.invalid");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
