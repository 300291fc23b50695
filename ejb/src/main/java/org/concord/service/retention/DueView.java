package org.concord.service.retention;

import java.time.Instant;
import org.concord.domain.retention.DataClass;

/**
 * R-OPS.3: one data class as administrators see it: its period (ISO-8601), how many of its items are past it now
 * (erased by the next run), and when the earliest item still kept falls due ({@code null}: none is waiting).
 */
public record DueView(DataClass dataClass, String period, long dueNow, Instant nextDueAt) {}
