package org.concord.domain.procedure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.time.Domicile;

/** Complete Requests for tests: every item of Article 5(b), a copy of the Statement of Reasons attached. */
public final class Requests {

    private Requests() {}

    public static RequestItems items(Matter matter, String platformName, String description) {
        return new RequestItems(
                RequesterCapacity.USER,
                null,
                platformName,
                "sor-4711",
                "me@example.org",
                matter,
                EnumSet.of(Restriction.VISIBILITY),
                description,
                "Reinstate the video",
                new Domicile("FR", null),
                true,
                "None",
                true);
    }

    public static List<Upload> statementCopy() {
        return List.of(new Upload(
                DocumentKind.STATEMENT_OF_REASONS,
                "sor.txt",
                "text/plain",
                "Statement of Reasons".getBytes(StandardCharsets.UTF_8)));
    }

    /** No public holidays: the periods in the tests count plain days. */
    public static final org.concord.domain.time.DeadlineEngine ENGINE =
            new org.concord.domain.time.DeadlineEngine(new org.concord.domain.time.PublicHolidayCalendar(List.of()));

    /** R-PLAT.3: staff's reason for inviting while the Answer is awaited, in the tests that do. */
    public static final String EARLY = "Both Parties asked to proceed without waiting for the Answer.";

    /** The Center invites {@code neutral}, who accepts with the declaration of 9(b). */
    public static void appoint(Procedure procedure, UserAccount neutral, Instant at) {
        UserAccount staff = new UserAccount(
                "staff@center.example",
                "Staff",
                "h",
                java.util.Set.of(org.concord.domain.account.Role.CENTER_STAFF),
                java.util.Locale.ENGLISH,
                at);
        procedure.inviteNeutral(
                neutral, staff, List.of(), false, Requests.EARLY, Requests.ENGINE, at, at.plus(Duration.ofDays(3)));
        procedure.acceptAppointment(neutral, true, null, List.of(), Requests.ENGINE, at);
    }

    public static Procedure file(
            UserAccount party, Matter matter, String platformName, String description, Instant at) {
        return Procedure.fileRequest(party, items(matter, platformName, description), null, statementCopy(), at);
    }
}
