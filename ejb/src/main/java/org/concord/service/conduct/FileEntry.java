package org.concord.service.conduct;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.concord.service.procedure.ProcedureView;

/**
 * One line of the procedure file: when (the instant, or the Geneva date of a time limit still to come), what,
 * who, the words and the documents, as the viewer may see them.
 *
 * @param kind what happened, e.g. {@code REQUEST}, {@code MESSAGE}, {@code DEADLINE_ANSWER}
 * @param flag what to point out: {@code late}, {@code held}, {@code exParte}, {@code due}; or {@code null}
 */
public record FileEntry(
        UUID id,
        Instant at,
        LocalDate date,
        String kind,
        String actor,
        String text,
        String flag,
        List<ProcedureView.DocumentView> documents)
        implements Serializable {}
