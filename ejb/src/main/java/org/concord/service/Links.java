package org.concord.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Every page of the portal and the console that Concord points to, as a path below {@code concord.base-url}: the one
 * place where page URLs are written. Mails link with these paths; Faces beans redirect with
 * {@link #redirect(String)}.
 */
public final class Links {

    private Links() {}

    /** A Procedure's page (R-13.1: it answers 404 to anyone outside the circle). */
    public static String procedure(UUID id) {
        return "/procedure.xhtml?id=" + id;
    }

    /** The fees of a Procedure: what is due, the invoices and how to pay. */
    public static String fees(UUID procedureId) {
        return "/fees.xhtml?id=" + procedureId;
    }

    public static String mediation(UUID id) {
        return "/mediation.xhtml?id=" + id;
    }

    public static String mediations() {
        return "/mediations.xhtml";
    }

    /** The Request form, pre-filled from an imported Statement of Reasons (R-SOR.1). */
    public static String fileRequestFromStatement(UUID statementId) {
        return "/portal/file-request.xhtml?statement=" + statementId;
    }

    public static String fileRequest() {
        return "/portal/file-request.xhtml";
    }

    public static String mediationRequest() {
        return "/portal/mediation-request.xhtml";
    }

    /** A Neutral's pending invitations. */
    public static String invitations() {
        return "/portal/invitations.xhtml";
    }

    /** A Party's or Neutral's own Procedures. */
    public static String myProcedures() {
        return "/portal/procedures.xhtml";
    }

    /** The staff console's list of all Procedures. */
    public static String console() {
        return "/console/procedures.xhtml";
    }

    public static String login() {
        return "/login.xhtml";
    }

    public static String home() {
        return "/index.xhtml";
    }

    /**
     * The same page as a Faces navigation outcome that redirects (post/redirect/get), keeping the query string.
     */
    public static String redirect(String link) {
        return link + (link.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    /** The Request form with the dispute's description carried over from the case analysis (R-M5). */
    public static String fileRequestWithDescription(String description) {
        return fileRequest() + "?description=" + URLEncoder.encode(description, StandardCharsets.UTF_8);
    }

    /** The mediation request form with the dispute's summary carried over from the case analysis (R-M5). */
    public static String mediationRequestWithSummary(String summary) {
        return mediationRequest() + "?summary=" + URLEncoder.encode(summary, StandardCharsets.UTF_8);
    }

    // Organisations (R-ACC.2, issue 21)

    /** The staff console's list of organisations. */
    public static String organisations() {
        return "/console/organisations.xhtml";
    }

    /** One organisation's page: its members, for staff and its own members. */
    public static String organisation(java.util.UUID id) {
        return "/organisation.xhtml?id=" + id;
    }
}
