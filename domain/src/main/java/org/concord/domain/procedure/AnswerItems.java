package org.concord.domain.procedure;

import java.util.ArrayList;
import java.util.List;
import org.concord.domain.time.Domicile;

/**
 * The items (i)–(iii) of Article 7(b) that the Responding Party states in its Answer; item (iv), the documents, come
 * as annexes.
 *
 * @param throughRepresentative (i) to be contacted through a representative rather than directly
 * @param representative (i) the representative (name and contact), required when contacted through one
 * @param contactEmail (i) the e-mail address to be used
 * @param domicile (i) the country of domicile to be used
 * @param reply (ii) the reply to the particulars of the Request, at most 3,000 words (7(c))
 * @param termsAndConditions (ii) the relevant terms and conditions referred to, if any
 * @param otherProceedings (iii) other legal or dispute resolution proceedings, or that there are none
 */
public record AnswerItems(
        boolean throughRepresentative,
        String representative,
        String contactEmail,
        Domicile domicile,
        String reply,
        String termsAndConditions,
        String otherProceedings) {

    /** the items still missing, in the order of Article 7(b). */
    public List<RequestItems.Missing> missing() {
        List<RequestItems.Missing> missing = new ArrayList<>();
        if (throughRepresentative && blank(representative)) {
            missing.add(new RequestItems.Missing("7(b)(i)", "/representative", "answer.representative.required"));
        }
        if (blank(contactEmail)) {
            missing.add(new RequestItems.Missing("7(b)(i)", "/contactEmail", "answer.contactEmail.required"));
        }
        if (domicile == null) {
            missing.add(new RequestItems.Missing("7(b)(i)", "/domicile", "answer.domicile.required"));
        }
        if (blank(reply)) {
            missing.add(new RequestItems.Missing("7(b)(ii)", "/reply", "answer.reply.required"));
        }
        if (blank(otherProceedings)) {
            missing.add(new RequestItems.Missing("7(b)(iii)", "/otherProceedings", "answer.otherProceedings.required"));
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
