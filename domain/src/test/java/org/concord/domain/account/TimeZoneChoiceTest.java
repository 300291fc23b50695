package org.concord.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** Issue 24: the zone an account holder also reads times in; Geneva's counts and is no choice of its own. */
class TimeZoneChoiceTest {

    private static UserAccount account() {
        return new UserAccount("a@example.org", "A", "h", Set.of(Role.PARTY), Locale.ENGLISH, Instant.EPOCH);
    }

    @Test
    void aRegionIsKeptGenevasOwnOrNoneMeansGenevasOnly() {
        UserAccount a = account();
        assertEquals(Optional.empty(), a.timeZone());
        a.readTimesIn(ZoneId.of("America/New_York"));
        assertEquals(Optional.of(ZoneId.of("America/New_York")), a.timeZone());
        a.readTimesIn(ZoneId.of("Europe/Zurich"));
        assertEquals(Optional.empty(), a.timeZone());
        a.readTimesIn(ZoneId.of("Asia/Tokyo"));
        a.readTimesIn(null);
        assertEquals(Optional.empty(), a.timeZone());
    }

    @Test
    void anOffsetIsNoZoneToLiveIn() {
        UserAccount a = account();
        for (ZoneId offset : List.of(ZoneOffset.ofHours(2), ZoneId.of("UTC"), ZoneId.of("GMT+3"))) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> a.readTimesIn(offset), offset.getId());
            assertEquals("/timeZone", refused.field());
        }
    }
}
