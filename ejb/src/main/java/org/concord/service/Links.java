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

    /** One's two-step sign-in: second factors and recovery codes (R-SEC.2). */
    public static String security() {
        return "/account/security.xhtml";
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

    // --- Accounts: administration and one's own account (R-ACC.5, R-ACC.6, issue 21) ---

    /** R-ACC.5: the administrators' list of accounts, searched for {@code query}, page {@code page} from 0. */
    public static String accounts(String query, int page) {
        String q = query == null ? "" : query.strip();
        return "/console/accounts.xhtml?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&page=" + page;
    }

    /** R-ACC.5: one account with its roles, state and record of changes. */
    public static String account(UUID id) {
        return "/console/account.xhtml?id=" + id;
    }

    /** R-ACC.6: one's own account. */
    public static String profile() {
        return "/account/profile.xhtml";
    }

    /** R-ACC.6: confirms a new address with the token mailed to it. */
    public static String confirmEmailChange(String token) {
        return "/account/confirm-email.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** R-ACC.6: one's personal data as JSON. */
    public static String personalData() {
        return "/account/personal-data.json";
    }

    // --- issue 21, people get in (R-ACC.1, R-ACC.4): registration, confirmation, passwords ---

    /** R-ACC.1: the registration form (public; closed when the Center registers by invitation only). */
    public static String register() {
        return "/register.xhtml";
    }

    /** R-ACC.1: what the registration answers, whatever the address: "look in your mail". */
    public static String registrationSent() {
        return "/register.xhtml?sent=true";
    }

    /** R-ACC.1: the confirmation link of a new account's address. */
    public static String confirmEmail(String token) {
        return "/confirm.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** R-ACC.1: the page to ask for a new confirmation link. */
    public static String confirmAgain() {
        return "/confirm.xhtml";
    }

    /** R-ACC.1: the Center's terms and privacy notice. */
    public static String terms() {
        return "/terms.xhtml";
    }

    /** R-ACC.4: "forgot password". */
    public static String forgotPassword() {
        return "/forgot-password.xhtml";
    }

    public static String forgotPasswordSent() {
        return "/forgot-password.xhtml?sent=true";
    }

    /** R-ACC.4: the single-use reset link. */
    public static String resetPassword(String token) {
        return "/reset-password.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** R-ACC.4: the signed-in holder's password change (forced after an initial password). */
    public static String changePassword() {
        return "/account/password.xhtml";
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

    // Representatives (R-ACC.3, issue 21)

    /** A Party's authorisations, and the invitations to represent someone, with accept and revoke. */
    public static String representation() {
        return "/portal/representation.xhtml";
    }

    /** The same, opened to authorise a representative for one Procedure. */
    public static String representation(java.util.UUID procedureId) {
        return "/portal/representation.xhtml?procedure=" + procedureId;
    }

    // Invitations (R-ACC.1, issue 21)

    /** R-ACC.1: an invitation's link: accept it signed in with the invited address, or create the account bound to it. */
    public static String invitation(String token) {
        return "/invitation.xhtml?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The staff console's invitations: all of them with their state, inviting a Neutral or staff, withdrawing. */
    public static String consoleInvitations() {
        return "/console/invitations.xhtml";
    }

    /** Sign in, then go on to {@code next}, a path of the application (the login page takes no other). */
    public static String loginThen(String next) {
        return login() + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }

    // Representatives, completed (R-ACC.3, issue 21)

    /** The portal's representatives page, opened to authorise a representative for one mediation. */
    public static String representationForMediation(java.util.UUID mediationId) {
        return "/portal/representation.xhtml?mediation=" + mediationId;
    }

    /** The staff console's powers of attorney waiting for a decision. */
    public static String powersOfAttorney() {
        return "/console/representations.xhtml";
    }

    /** One power of attorney in the console, with its document and the decision. */
    public static String powerOfAttorney(java.util.UUID id) {
        return "/console/representations.xhtml?id=" + id;
    }

    // The security log (R-SEC.7, issue 22)

    /** The administrators' security log, filtered by account (id or address), event type and UTC days; paged. */
    public static String securityLog(
            String account, String type, java.time.LocalDate from, java.time.LocalDate to, int page) {
        StringBuilder link = new StringBuilder("/console/security-log.xhtml?page=").append(page);
        if (account != null && !account.isBlank()) {
            link.append("&account=").append(URLEncoder.encode(account.strip(), StandardCharsets.UTF_8));
        }
        if (type != null && !type.isBlank()) {
            link.append("&type=").append(URLEncoder.encode(type, StandardCharsets.UTF_8));
        }
        if (from != null) {
            link.append("&from=").append(from);
        }
        if (to != null) {
            link.append("&to=").append(to);
        }
        return link.toString();
    }

    /** R-PLAT.2: an organisation's webhooks, for its managers and staff. */
    public static String organisationWebhooks(UUID organisationId) {
        return "/organisation-webhooks.xhtml?id=" + organisationId;
    }

    // --- issue 24: the in-app inbox ---

    /** Issue 24: the caller's inbox, newest first. */
    public static String inbox() {
        return "/inbox.xhtml";
    }

    /** Issue 24: one entry of the caller's inbox, shown whole. */
    public static String inboxEntry(UUID id) {
        return "/inbox.xhtml?id=" + id;
    }
}
