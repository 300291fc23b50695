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
 * The conduct of one Procedure (R-11, R-16, R-4.2, 11(c), 11(f), 15(a)): the communications and their own rules. A
 * collaborator of {@link Procedure}, which checks who writes and when; it wraps the list that stays mapped on the
 * Procedure, so it is built on each use and holds no state of its own.
 */
final class Conduct {

    private final Procedure procedure;
    private final List<Communication> communications;

    Conduct(Procedure procedure, List<Communication> communications) {
        this.procedure = procedure;
        this.communications = communications;
    }

    /** whether the Neutral has allowed communication with one side alone. */
    boolean exParteAllowed() {
        return communications.stream().anyMatch(c -> c.kind() == Communication.Kind.EX_PARTE_DETERMINATION);
    }

    /** only between a Party and the Neutral, and only once the Neutral allowed it (11(c)). */
    static boolean mayAddress(Communication.Author author, Communication.Author addressedTo, boolean allowed) {
        boolean partyToNeutral = author.isParty() && addressedTo == Communication.Author.NEUTRAL;
        boolean neutralToParty = author == Communication.Author.NEUTRAL && addressedTo.isParty();
        return allowed && (partyToNeutral || neutralToParty);
    }

    Communication message(Communication.Author author, UserAccount by, String text, Communication.Author addressedTo,
            UUID inReplyTo, List<Upload> annexes, boolean released, Instant at) {
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
    Communication objection(Communication.Author author, UserAccount party, String text, LocalDate knewOn,
            boolean released, Instant at) {
        if (knewOn == null || knewOn.isAfter(GenevaTime.dateOf(at))) {
            throw new RuleViolation("R-16", "/knewOn", "rule.objection.knewOn");
        }
        return add(Communication.Kind.OBJECTION, author, party, text, null, released, at).objectionKnownOn(knewOn);
    }

    /** 11(f): to the Center alone, naming the Party. */
    Communication badFaithReport(UserAccount neutral, Communication.Author party, String evidence,
            List<Upload> annexes, Instant at) {
        requireParty(party, "R-11.3", "rule.badFaith.party");
        Communication report = add(Communication.Kind.BAD_FAITH_REPORT, Communication.Author.NEUTRAL, neutral,
                evidence, Communication.Author.CENTER, true, at).concerning(party);
        annexes.forEach(a -> report.attach(a, at));
        return report;
    }

    /** which Party, into which language, by when. */
    Communication translationOrder(UserAccount neutral, Communication.Author party, String language,
            LocalDate dueOn, String what, Instant at) {
        requireParty(party, "R-4.2", "rule.translation.party");
        if (language == null || !language.matches("[a-z]{2,3}")) {
            throw new RuleViolation("R-4.2", "/language", "rule.language.code");
        }
        if (dueOn == null || !dueOn.isAfter(GenevaTime.dateOf(at))) {
            throw new RuleViolation("R-4.2", "/dueOn", "rule.translation.dueOn");
        }
        return add(Communication.Kind.TRANSLATION_ORDER, Communication.Author.NEUTRAL, neutral, what, null, true, at)
                .translation(language, dueOn).concerning(party);
    }

    /** 11(c), 15(a): a determination or a suggestion of the Neutral, to everyone. */
    Communication byNeutral(Communication.Kind kind, UserAccount neutral, String text, Instant at) {
        return add(kind, Communication.Author.NEUTRAL, neutral, text, null, true, at);
    }

    List<Communication> visibleTo(Communication.Author viewer) {
        return communications.stream().filter(c -> c.isVisibleTo(viewer)).toList();
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

    private Communication add(Communication.Kind kind, Communication.Author author, UserAccount by, String text,
            Communication.Author addressedTo, boolean released, Instant at) {
        if (Procedure.strippedOrNull(text) == null) {
            throw new RuleViolation("R-11.1", "/text", "rule.message.empty");
        }
        Communication c = new Communication(procedure, kind, author, by.email(), at, text.strip(), addressedTo,
                released);
        communications.add(c);
        return c;
    }
}
