package org.concord.web;

/** The demo accounts the server loads into its empty test database (DemoData, README). */
public final class DemoAccounts {

    public static final String ADMIN = "admin@concord.example";
    public static final String STAFF = "staff@concord.example";
    public static final String NEUTRAL = "expert@concord.example";
    public static final String OTHER_NEUTRAL = "expert2@concord.example";
    /** A Neutral for trademark disputes only. */
    public static final String TRADEMARK_NEUTRAL = "claire@concord.example";

    public static final String ALICE = "alice@concord.example";
    public static final String BOB = "bob@concord.example";
    public static final String PLATFORM = "legal@streamly.example";
    /** A Party with nothing running (R-ACC.6: her account can be closed). */
    public static final String DORA = "dora@concord.example";

    /** R-ACC.2: the second member of Streamly's platform organisation (PLATFORM is its manager). */
    public static final String PLATFORM_COUNSEL = "counsel@streamly.example";

    /** R-ACC.3: the lawyer of the law firm Lex &amp; Partners, authorised by Alice for all her Procedures. */
    public static final String LAWYER = "lawyer@lexfirm.example";

    /**
     * R-SEC.2, R-SEC.3: those who sign in with a second factor. Their API calls in the tests carry their demo token,
     * as their scripts would carry a token, and their page calls a session signed in with the second step
     * ({@link PageSessions}): HTTP Basic, a password without the second factor, refuses them.
     */
    public static final java.util.Set<String> WITH_SECOND_FACTOR =
            java.util.Set.of(ADMIN, STAFF, NEUTRAL, OTHER_NEUTRAL, TRADEMARK_NEUTRAL);

    /** A demo account's published API token, every scope (DemoData.tokenOf, README). */
    public static String token(String email) {
        return "concord_demo_" + email.substring(0, email.indexOf('@'));
    }

    private DemoAccounts() {}
}
