package org.concord.domain.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * R-OPS.3: what one run of the erasure job erased of one data class: when, how many, and which ids; never what they
 * said (administrators read it to answer "when was this erased?").
 */
@Entity
@Table(name = "erasure_record")
public class ErasureRecord {

    /** The most ids one record holds: a run erases at most this many of a class at a time. */
    public static final int MAX_ITEMS = 400;

    @Id
    private UUID id;

    @Column(name = "erased_at", nullable = false, updatable = false)
    private Instant erasedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_class", nullable = false, length = 30, updatable = false)
    private DataClass dataClass;

    @Column(name = "item_count", nullable = false, updatable = false)
    private int itemCount;

    @Column(name = "item_ids", nullable = false, length = 20000, updatable = false)
    private String itemIds;

    protected ErasureRecord() {}

    public ErasureRecord(DataClass dataClass, List<UUID> ids, Instant at) {
        if (ids.isEmpty() || ids.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a record holds 1 to " + MAX_ITEMS + " ids: " + ids.size());
        }
        this.id = UUID.randomUUID();
        this.erasedAt = Objects.requireNonNull(at);
        this.dataClass = Objects.requireNonNull(dataClass);
        this.itemCount = ids.size();
        this.itemIds = String.join(" ", ids.stream().map(UUID::toString).toList());
    }

    public UUID id() {
        return id;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public DataClass dataClass() {
        return dataClass;
    }

    public int itemCount() {
        return itemCount;
    }

    public List<UUID> itemIds() {
        return Arrays.stream(itemIds.split(" ")).map(UUID::fromString).toList();
    }
}
