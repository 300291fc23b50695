package org.concord.service.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.concord.domain.retention.DataClass;
import org.concord.domain.retention.ErasureRecord;

/** R-OPS.3: one record of the erasure job: when, which class, how many, which ids; never content. */
public record ErasureView(UUID id, Instant erasedAt, DataClass dataClass, int count, List<UUID> ids) {

    static ErasureView of(ErasureRecord record) {
        return new ErasureView(
                record.id(), record.erasedAt(), record.dataClass(), record.itemCount(), record.itemIds());
    }
}
