package org.concord.domain.retention;

/**
 * R-OPS.3: the kinds of personal data Concord keeps, each with its own retention period and the moment the period
 * starts from ({@link #startsAt}). What erasure does to each is said here once; the statistics and the annual report
 * (R-STAT.1, R-STAT.2) keep their anonymous facts, and audit chains keep every entry's hash and place.
 */
public enum DataClass {
    /**
     * The file of an ended Procedure: the Request's and the Answer's texts, communications, documents' contents,
     * the Resolution's texts, disclosures, and who did what in its audit trail. The state, dates, matter, language,
     * country, outcome and restriction the statistics read stay.
     */
    PROCEDURE_FILE("ended"),
    /** The file of an ended mediation: its summary, messages, settlement documents, participants' addresses, trail. */
    MEDIATION_FILE("ended"),
    /**
     * An account not signed in for the period and in no Procedure whose file is still kept: name, address, password
     * and second factors are replaced or removed; its id stays (a Requesting Party's filings are counted by id).
     */
    INACTIVE_ACCOUNT("last active"),
    /** Security log events (sign-ins, changes of credentials): deleted. */
    SECURITY_LOG("occurred"),
    /** The text and address of an e-mail once sent (R-C1): erased; the row says it was sent. */
    SENT_MAIL("sent"),
    /** An invitation that expired unaccepted: its address erased. */
    EXPIRED_INVITATION("expired"),
    /** A webhook delivery once delivered or given up, with its attempts (R-PLAT.2): deleted. */
    WEBHOOK_DELIVERY("finished");

    private final String startsAt;

    DataClass(String startsAt) {
        this.startsAt = startsAt;
    }

    /** The event the period counts from, in words (documentation and logs). */
    public String startsAt() {
        return startsAt;
    }

    /** The configuration key of this class's period: {@code concord.retention.procedure-file}, … */
    public String configKey() {
        return "concord.retention." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
