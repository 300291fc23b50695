package org.concord.domain.fee;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.ParticipantRole;
import org.concord.domain.procedure.Procedure;
import org.concord.domain.procedure.Requests;

/** A Procedure received on 2026-03-02 under the DCTI schedule, and its fees. */
final class FeeFixtures {

    static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    static final String STAFF = "staff@center.example";

    private FeeFixtures() {}

    static FeeSchedule dcti() {
        return new FeeSchedule(
                LocalDate.parse("2024-01-01"),
                new BigDecimal("50"),
                new BigDecimal("300"),
                new BigDecimal("700"),
                "DCTI Rules",
                Instant.EPOCH,
                LocalDate.parse("2023-12-31"));
    }

    static Procedure procedure() {
        UserAccount alice =
                new UserAccount("alice@example.org", "Alice", "h", Set.of(Role.PARTY), Locale.ENGLISH, RECEIVED);
        return Requests.file(alice, Matter.COPYRIGHT, "Streamly", "Removed.", RECEIVED);
    }

    static Fee filingFee() {
        return Fee.assess(procedure(), ParticipantRole.REQUESTING_PARTY, dcti(), RECEIVED)
                .get(0);
    }

    static List<Fee> respondingPartyFees() {
        return Fee.assess(procedure(), ParticipantRole.RESPONDING_PARTY, dcti(), RECEIVED);
    }

    static LedgerEntry.Recorded staff() {
        return LedgerEntry.Recorded.by(STAFF, RECEIVED);
    }

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }
}
