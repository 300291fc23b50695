package org.concord.domain.procedure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.document.Upload;
import org.concord.domain.time.Domicile;

/** Complete Requests for tests: every item of Article 5(b), a copy of the Statement of Reasons attached. */
public final class Requests {

    private Requests() {
    }

    public static RequestItems items(Matter matter, String platformName, String description) {
        return new RequestItems(RequesterCapacity.USER, null, platformName, "sor-4711",
                "me@example.org", matter, EnumSet.of(Restriction.VISIBILITY), description,
                "Reinstate the video", new Domicile("FR", null), true, "None", true);
    }

    public static List<Upload> statementCopy() {
        return List.of(new Upload(DocumentKind.STATEMENT_OF_REASONS, "sor.txt", "text/plain",
                "Statement of Reasons".getBytes(StandardCharsets.UTF_8)));
    }

    public static Procedure file(UserAccount party, Matter matter, String platformName, String description,
            Instant at) {
        return Procedure.fileRequest(party, items(matter, platformName, description), null, statementCopy(), at);
    }
}
