package org.concord.domain.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.document.Upload;
import org.concord.domain.time.GenevaTime;

/**
 * The conduct of one Procedure (R-11, R-16, R-4.2, 11(c), 11(f), 15(a)): the communications, who may write which
 * kind and when, and their own rules. Each {@code may…} predicate shares its check with the verb's guard. A
 * collaborator of {@link Procedure}; it wraps the list that stays mapped on the Procedure, so it is built on each
 * use and holds no state of its own.
 */
public final class Conduct {

    private final Procedure procedure;
    private final List<Communication> communications;

    Conduct(Procedure procedure, List<Communication> communications) {
        this.procedure = procedure;
        this.communications = communications;
    }

    /** the circle or staff, while conducted (a representative acts for its Party). */
    boolean mayCommunicate(UserAccount viewer) {
        Circle circle = procedure.circle();
        return Guards.isConducted(procedure.state())
                && (Guards.isCenter(viewer)
                        || circle.actsAsParty(viewer)
                        || circle.actsAs(viewer, ParticipantRole.NEUTRAL));
    }

    /** a Party or the Neutral, once the Neutral allowed communication with one side alone. */
    boolean mayAddressOneSide(UserAccount viewer) {
        return mayCommunicate(viewer) && !Guards.isCenter(viewer) && exParteAllowed();
    }

    /** a Party, while conducted. */
    boolean mayObject(UserAccount viewer) {
        return Guards.isConducted(procedure.state())
                && !Guards.isCenter(viewer)
                && procedure.circle().actsAsParty(viewer);
    }

    /** R-11.3 (11(f)), R-4.2, R-11.2 (11(c)), R-15 (15(a)): the appointed Neutral. */
    boolean neutralMayWrite(UserAccount viewer) {
        return procedure.circle().neutralConducts(viewer);
    }

    /**
     * a Party, the Neutral or the Center writes in the Procedure. It goes to both Parties, the Neutral
     * and the Center; addressed to one side alone only between a Party and the Neutral, and only once the Neutral has
     * recorded a determination allowing it (11(c)). A Party's communication is held while its fees are unpaid
     * (R-17.2).
     */
    Communication sendMessage(
            UserAccount by,
            String text,
            Communication.Author addressedTo,
            UUID inReplyTo,
            List<Upload> annexes,
            boolean feesPaid,
            Instant at) {
        Communication.Author author = conductingAuthor(by, "R-11.1");
        return message(author, by, text, addressedTo, inReplyTo, annexes, !author.isParty() || feesPaid, at);
    }

    /**
     * a Party records an objection to a non-compliance, saying when it knew of it; the file shows both dates so
     * that a late objection (a waiver) is visible.
     */
    Communication object(UserAccount party, String text, LocalDate knewOn, boolean feesPaid, Instant at) {
        Communication.Author author = conductingAuthor(party, "R-16");
        if (!author.isParty()) {
            throw new RuleViolation("R-16", null, "rule.objection.partyOnly");
        }
        return objection(author, party, text, knewOn, feesPaid, at);
    }

    /** 11(f): the Neutral reports a Party's bad faith to the Center, with evidence; the Parties do not see it. */
    Communication reportBadFaith(
            UserAccount neutral, Communication.Author party, String evidence, List<Upload> annexes, Instant at) {
        procedure.circle().requireNeutralConducting(neutral, "R-11.3");
        return badFaithReport(neutral, party, evidence, annexes, at);
    }

    /** the Neutral orders a Party to translate a document (whole or part); a tracked item with a due date. */
    Communication orderTranslation(
            UserAccount neutral,
            Communication.Author party,
            String language,
            LocalDate dueOn,
            String what,
            Instant at) {
        procedure.circle().requireNeutralConducting(neutral, "R-4.2");
        return translationOrder(neutral, party, language, dueOn, what, at);
    }

    /** 11(c): the Neutral, in consultation with the Parties, allows communication with one side alone. */
    Communication allowExParte(UserAccount neutral, String determination, Instant at) {
        procedure.circle().requireNeutralConducting(neutral, "R-11.2");
        return byNeutral(Communication.Kind.EX_PARTE_DETERMINATION, neutral, determination, at);
    }

    /** 15(a): the Neutral suggests that the Parties explore settlement, including by mediation. */
    Communication suggestSettlement(UserAccount neutral, String suggestion, Instant at) {
        procedure.circle().requireNeutralConducting(neutral, "R-15");
        return byNeutral(Communication.Kind.SETTLEMENT_SUGGESTION, neutral, suggestion, at);
    }

    /** The communications {@code viewer} may see. */
    public List<Communication> visibleTo(UserAccount viewer) {
        if (!procedure.circle().isVisibleTo(viewer)) {
            return List.of();
        }
        Communication.Author reader = procedure.circle().authorOf(viewer);
        return communications.stream().filter(c -> c.isVisibleTo(reader)).toList();
    }

    /** Who writes, while the Procedure is conducted (commenced, not yet ended). */
    private Communication.Author conductingAuthor(UserAccount by, String ruleId) {
        Guards.requireConducted(procedure.state(), ruleId);
        if (by.actsForCenter()) {
            return Communication.Author.CENTER;
        }
        ParticipantRole role = procedure
                .circle()
                .participationOf(by)
                .map(Participant::role)
                .orElseThrow(() -> new RuleViolation(ruleId, null, "rule.message.notInCircle"));
        return Communication.Author.of(role);
    }

    /** whether the Neutral has allowed communication with one side alone. */
    public boolean exParteAllowed() {
        return communications.stream().anyMatch(c -> c.kind() == Communication.Kind.EX_PARTE_DETERMINATION);
    }

    /** only between a Party and the Neutral, and only once the Neutral allowed it (11(c)). */
    private static boolean mayAddress(Communication.Author author, Communication.Author addressedTo, boolean allowed) {
        boolean partyToNeutral = author.isParty() && addressedTo == Communication.Author.NEUTRAL;
        boolean neutralToParty = author == Communication.Author.NEUTRAL && addressedTo.isParty();
        return allowed && (partyToNeutral || neutralToParty);
    }

    private Communication message(
            Communication.Author author,
            UserAccount by,
            String text,
            Communication.Author addressedTo,
            UUID inReplyTo,
            List<Upload> annexes,
            boolean released,
            Instant at) {
        if (addressedTo != null && !mayAddress(author, addressedTo, exParteAllowed())) {
            throw new RuleViolation("R-11.2", "/addressedTo", "rule.message.exParte");
        }
        if (inReplyTo != null && communications.stream().noneMatch(c -> c.id().equals(inReplyTo))) {
            throw new RuleViolation("R-11.1", "/inReplyTo", "rule.message.unknownReply");
        }
        Communication message = add(Communication.Kind.MESSAGE, author, by, text, addressedTo, released, at)
                .replyTo(inReplyTo);
        annexes.forEach(a -> message.attach(a, at));
        return message;
    }

    /** an objection says when its author knew of the non-compliance (not a future date). */
    private Communication objection(
            Communication.Author author,
            UserAccount party,
            String text,
            LocalDate knewOn,
            boolean released,
            Instant at) {
        if (knewOn == null || knewOn.isAfter(GenevaTime.dateOf(at))) {
            throw new RuleViolation("R-16", "/knewOn", "rule.objection.knewOn");
        }
        return add(Communication.Kind.OBJECTION, author, party, text, null, released, at)
                .objectionKnownOn(knewOn);
    }

    /** 11(f): to the Center alone, naming the Party. */
    private Communication badFaithReport(
            UserAccount neutral, Communication.Author party, String evidence, List<Upload> annexes, Instant at) {
        requireParty(party, "R-11.3", "rule.badFaith.party");
        Communication report = add(
                        Communication.Kind.BAD_FAITH_REPORT,
                        Communication.Author.NEUTRAL,
                        neutral,
                        evidence,
                        Communication.Author.CENTER,
                        true,
                        at)
                .concerning(party);
        annexes.forEach(a -> report.attach(a, at));
        return report;
    }

    /** which Party, into which language, by when. */
    private Communication translationOrder(
            UserAccount neutral,
            Communication.Author party,
            String language,
            LocalDate dueOn,
            String what,
            Instant at) {
        requireParty(party, "R-4.2", "rule.translation.party");
        if (language == null || !language.matches("[a-z]{2,3}")) {
            throw new RuleViolation("R-4.2", "/language", "rule.language.code");
        }
        if (dueOn == null || !dueOn.isAfter(GenevaTime.dateOf(at))) {
            throw new RuleViolation("R-4.2", "/dueOn", "rule.translation.dueOn");
        }
        return add(Communication.Kind.TRANSLATION_ORDER, Communication.Author.NEUTRAL, neutral, what, null, true, at)
                .translation(language, dueOn)
                .concerning(party);
    }

    /** 11(c), 15(a): a determination or a suggestion of the Neutral, to everyone. */
    private Communication byNeutral(Communication.Kind kind, UserAccount neutral, String text, Instant at) {
        return add(kind, Communication.Author.NEUTRAL, neutral, text, null, true, at);
    }

    /** the held communications of {@code payer} are released. */
    void release(Communication.Author payer, Instant at) {
        communications.stream().filter(c -> c.isHeld() && c.author() == payer).forEach(c -> c.release(at));
    }

    private static void requireParty(Communication.Author party, String ruleId, String key) {
        if (party == null || !party.isParty()) {
            throw new RuleViolation(ruleId, "/party", key);
        }
    }

    private Communication add(
            Communication.Kind kind,
            Communication.Author author,
            UserAccount by,
            String text,
            Communication.Author addressedTo,
            boolean released,
            Instant at) {
        if (Guards.strippedOrNull(text) == null) {
            throw new RuleViolation("R-11.1", "/text", "rule.message.empty");
        }
        Communication c =
                new Communication(procedure, kind, author, by.email(), at, text.strip(), addressedTo, released);
        communications.add(c);
        return c;
    }
}
