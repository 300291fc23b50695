package org.concord.service.procedure;

import java.io.Serializable;
import org.concord.domain.procedure.Conflict;
import org.concord.domain.procedure.PartySide;

/** a conflict found before acceptance, as staff and the candidate see it. */
public record ConflictView(
        Conflict.Source source,
        String subject,
        PartySide.Kind sideKind,
        String sideName,
        Conflict.Basis basis,
        String description)
        implements Serializable {

    public static ConflictView of(Conflict c) {
        return new ConflictView(c.source(), c.subject(), c.sideKind(), c.sideName(), c.basis(), c.describe());
    }
}
