package org.concord.service.procedure;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.concord.domain.procedure.RequestItems;

/**
 * a Request (or an Answer) cannot be filed while items of Article 5(b) (or 7(b)) are missing; says every
 * one of them.
 */
@ApplicationException(rollback = true)
public class RequestIncomplete extends RuntimeException {

    private final transient List<RequestItems.Missing> missing;

    public RequestIncomplete(List<RequestItems.Missing> missing) {
        super("Missing items: " + missing.stream().map(RequestItems.Missing::item).distinct().toList());
        this.missing = List.copyOf(missing);
    }

    public List<RequestItems.Missing> missing() {
        return missing;
    }
}
