package org.concord.service.procedure;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.concord.domain.RuleViolation;
import org.concord.domain.feed.FeedEntry;
import org.concord.domain.feed.FeedHead;
import org.concord.service.audit.AuditRecorded;

/**
 * R-PLAT.1: the change feed of an organisation's Procedures: every Procedure whose state or file changed after a
 * cursor, in commit order, each once at its latest change, so that an integration polling from the last cursor it
 * read never misses nor repeats a change.
 *
 * <p><b>Where changes come from.</b> Every change of a Procedure's file or state goes through an {@code @Audited}
 * service method, whose entry is appended to the Procedure's audit trail in the changing transaction; the
 * trail then fires {@link AuditRecorded} (reads are audited too, but fire nothing). {@link #changed} observes it in
 * the same transaction and, for each organisation taking part in the Procedure, gives the Procedure the next position
 * of that organisation's feed: one row per (organisation, Procedure), moved to the new position.
 *
 * <p><b>Why a reader never misses a change (the proof).</b> Positions of one organisation are given under the write
 * lock of its {@link FeedHead} row ({@code select … for update}), taken before the position is read and held until
 * the transaction commits or rolls back.
 * <ol>
 * <li>So the transactions that give positions of one organisation hold the lock one after the other: T' holding it
 * before T ended (committed or rolled back) before T got it, and T read the head as T' left it. Positions given by
 * committed transactions therefore increase strictly with the order of their commits; a rolled-back transaction's
 * position is never seen, and the next holder gives it again (no hole).</li>
 * <li>A reader's query is one statement, seeing the database as of one instant: if it sees the entry that T wrote at
 * position p, T had committed, so every T' that wrote a smaller position had committed before, and the reader sees
 * what T' wrote too (or a later move of that Procedure, see 4). There is no position below p that a later commit
 * can still fill.</li>
 * <li>The reader asks for positions above its cursor c, in order, and the next cursor is the last position it got.
 * By 2, any change committed after the reader's statement gets a position above every position that statement saw,
 * hence above the new cursor: the next poll sees it. Nothing is missed.</li>
 * <li>A Procedure that changes again is moved to a later position (the lock is held, so its row is read as the last
 * change left it). A page shows it once, at its latest change; if its earlier position was already read, the move is
 * a new change, read once more; if not, it is read once, at the new position. Nothing is repeated: a page lists
 * positions above its cursor, the next page positions above the last one shown.</li>
 * </ol>
 * The cost: the changes of one organisation's Procedures commit one at a time from the feed step to the commit
 * (the step is the last of the transaction, the audit entry being written after the change). Other organisations are
 * not concerned. Heads are locked in the order of their ids, after the Procedure's audit head, so two changes do not
 * wait for each other in a circle (a transaction changing two Procedures of the same organisation could, and then the
 * database refuses one, which is retried or reported like any conflict).
 */
@ApplicationScoped
public class ProcedureFeed {

    @PersistenceContext(unitName = "concord")
    private EntityManager em;

    @Inject
    private FeedHeads heads;

    /** One change: the Procedure and its feed position. */
    public record Change(UUID procedureId, long position, java.time.Instant changedAt) {}

    /** A Procedure's file or state changed: it moves to the end of each of its organisations' feeds. */
    void changed(@Observes AuditRecorded recorded) {
        List<UUID> organisations = em
                .createQuery(
                        "select distinct pa.organisation.id from Participant pa where pa.procedure.id = :id"
                                + " and pa.organisation is not null",
                        UUID.class)
                .setParameter("id", recorded.subject())
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(UUID::toString))
                .toList();
        for (UUID organisation : organisations) {
            long position = lockHead(organisation).advance();
            FeedEntry entry = em.find(FeedEntry.class, new FeedEntry.Key(organisation, recorded.subject()));
            if (entry == null) {
                em.persist(new FeedEntry(organisation, recorded.subject(), position, recorded.at()));
            } else {
                entry.moveTo(position, recorded.at());
            }
        }
    }

    private FeedHead lockHead(UUID organisation) {
        FeedHead head = em.find(FeedHead.class, organisation, LockModeType.PESSIMISTIC_WRITE);
        if (head != null) {
            return head;
        }
        try {
            heads.create(organisation);
        } catch (EJBException | PersistenceException createdMeanwhile) {
            // Another transaction created it first: it is there now.
        }
        return Optional.ofNullable(em.find(FeedHead.class, organisation, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new IllegalStateException("no feed head for " + organisation));
    }

    /** The changes of the organisation's Procedures after {@code cursor}, oldest first, at most {@code size}. */
    public List<Change> after(UUID organisation, long cursor, int size) {
        return em
                .createQuery(
                        "select e from FeedEntry e where e.organisationId = :organisation and e.position > :cursor"
                                + " order by e.position",
                        FeedEntry.class)
                .setParameter("organisation", organisation)
                .setParameter("cursor", cursor)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(e -> new Change(e.procedureId(), e.position(), e.changedAt()))
                .toList();
    }

    /** The last position given in the organisation's feed (0 before its first change). */
    public long last(UUID organisation) {
        return Optional.ofNullable(em.find(FeedHead.class, organisation))
                .map(FeedHead::position)
                .orElse(0L);
    }

    /** An opaque cursor of a position in the organisation's feed. */
    public static String encode(UUID organisation, long position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("feed|" + organisation + "|" + position).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return the position, 0 for {@code null} or blank (the feed's start)
     * @throws RuleViolation at {@code /after} when the cursor is not one Concord made for this organisation's feed,
     *     or lies beyond {@code last}
     */
    public static long decode(String cursor, UUID organisation, long last) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        long position;
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            String prefix = "feed|" + organisation + "|";
            if (!text.startsWith(prefix)) {
                throw new IllegalArgumentException(text);
            }
            position = Long.parseLong(text.substring(prefix.length()));
        } catch (IllegalArgumentException malformed) {
            throw new RuleViolation("R-PLAT.1", "/after", "feed.cursor.invalid");
        }
        if (position < 0 || position > last) {
            throw new RuleViolation("R-PLAT.1", "/after", "feed.cursor.invalid");
        }
        return position;
    }
}
