package org.concord.domain.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.time.Domicile;

/**
 * The items (i)–(viii) of Article 5(b) that a Requesting Party states in a Request, beside its annexes. Name and
 * e-mail address of item (i) are the signed-in account's.
 *
 * <p><b>Readings</b> (shown on the form): item (iv), the Notice "filed by the Requesting Party", is required of a
 * Rightholder, who filed it; a User may add the Notice the platform forwarded. Item (vi) is the decision of the
 * Internal Complaint-Handling System, or, since Article 2 also admits a dispute about the Statement of Reasons alone,
 * the Requesting Party's statement that there is none.
 *
 * @param capacity (i) and Article 1: a User or a Rightholder
 * @param representative (i) the representative, if any (name and contact), or {@code null}
 * @param platformName (ii) the Online Platform
 * @param platformReference (ii) the reference number of the decision (the Statement's {@code puid})
 * @param platformCorrespondenceEmail (ii) the e-mail address used with the platform about the matter
 * @param matter (iii) copyright or trademark infringement
 * @param restrictions R-2: the restriction types (a)–(d) contested
 * @param description (iii) the brief description, at most 3,000 words
 * @param remedy (iii) the Remedy requested
 * @param domicile (vii) the country of domicile
 * @param submitsToJurisdiction (vii) submission to that country's jurisdiction should the Resolution be challenged
 * @param otherProceedings (viii) other legal or dispute resolution proceedings, or that there are none
 * @param noIchsDecision (vi) the Requesting Party states that no complaint-handling decision exists
 */
public record RequestItems(
        RequesterCapacity capacity,
        String representative,
        String platformName,
        String platformReference,
        String platformCorrespondenceEmail,
        Matter matter,
        Set<Restriction> restrictions,
        String description,
        String remedy,
        Domicile domicile,
        boolean submitsToJurisdiction,
        String otherProceedings,
        boolean noIchsDecision) {

    /**
     * An item of Article 5(b), 7(b) or 14(b) that is missing, with the JSON pointer (RFC 6901) of the form's field
     * that holds it and the message key that asks for it.
     */
    public record Missing(String item, String field, String messageKey) {

        /**
         * R-7 for the Answer's items, R-14.1 for the Resolution's, R-2 for the matter and restriction, R-5.1 for the
         * rest of the Request.
         */
        public String ruleId() {
            if (item.startsWith("7")) {
                return "R-7";
            }
            if (item.startsWith("14")) {
                return "R-14.1";
            }
            return "/matter".equals(field) || "/restrictions".equals(field) ? "R-2" : "R-5.1";
        }
    }

    /**
     * the items still missing, in the order of Article 5(b), given whether a Statement of Reasons was
     * imported and which annexes come with the Request.
     */
    public List<Missing> missing(boolean statementImported, Set<DocumentKind> annexes) {
        List<Missing> missing = new ArrayList<>();
        if (capacity == null) {
            missing.add(new Missing("5(b)(i)", "/capacity", "request.capacity.required"));
        }
        if (blank(platformName)) {
            missing.add(new Missing("5(b)(ii)", "/platformName", "request.platformName.required"));
        }
        if (blank(platformReference)) {
            missing.add(new Missing("5(b)(ii)", "/platformReference", "request.platformReference.required"));
        }
        if (blank(platformCorrespondenceEmail)) {
            missing.add(new Missing(
                    "5(b)(ii)", "/platformCorrespondenceEmail", "request.platformCorrespondenceEmail.required"));
        }
        if (matter == null) {
            missing.add(new Missing("5(b)(iii)", "/matter", "request.matter.required"));
        }
        if (restrictions == null || restrictions.isEmpty()) {
            missing.add(new Missing("5(b)(iii)", "/restrictions", "request.restrictions.required"));
        }
        if (blank(description)) {
            missing.add(new Missing("5(b)(iii)", "/description", "request.description.required"));
        }
        if (blank(remedy)) {
            missing.add(new Missing("5(b)(iii)", "/remedy", "request.remedy.required"));
        }
        if (capacity == RequesterCapacity.RIGHTHOLDER && !annexes.contains(DocumentKind.NOTICE)) {
            missing.add(new Missing("5(b)(iv)", "/notice", "request.notice.required"));
        }
        if (!statementImported && !annexes.contains(DocumentKind.STATEMENT_OF_REASONS)) {
            missing.add(new Missing("5(b)(v)", "/statementOfReasons", "request.statementOfReasons.required"));
        }
        if (!noIchsDecision && !annexes.contains(DocumentKind.ICHS_DECISION)) {
            missing.add(new Missing("5(b)(vi)", "/ichsDecision", "request.ichsDecision.required"));
        }
        if (domicile == null) {
            missing.add(new Missing("5(b)(vii)", "/domicile", "request.domicile.required"));
        }
        if (!submitsToJurisdiction) {
            missing.add(new Missing("5(b)(vii)", "/submitsToJurisdiction", "request.jurisdiction.required"));
        }
        if (blank(otherProceedings)) {
            missing.add(new Missing("5(b)(viii)", "/otherProceedings", "request.otherProceedings.required"));
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
