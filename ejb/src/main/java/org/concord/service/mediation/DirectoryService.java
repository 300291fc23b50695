package org.concord.service.mediation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.concord.domain.NotFound;
import org.concord.domain.RuleViolation;
import org.concord.domain.account.UserAccount;
import org.concord.domain.neutral.NeutralProfile;
import org.concord.service.Page;
import org.concord.service.account.Accounts;

/**
 * R-M4, the public "find a mediator": certified mediators who did not hide, searched by language, country, expertise,
 * certification and words, one page at a time, each with its profile and, once five mediations contribute, its
 * Feedback Digest. No e-mail address is shown: the directory id is what the Parties rank.
 */
@Stateless
public class DirectoryService {

    public static final int MAX_PAGE_SIZE = 50;

    @Inject
    private Directory directory;

    @Inject
    private Accounts accounts;

    @Resource
    private SessionContext context;

    @PermitAll
    public Page<MediatorCard> search(DirectoryQuery query) {
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, query.size()));
        int page = Math.max(0, query.page());
        List<MediatorCard> matching = directory.listed().stream()
                .filter(matches(query))
                .map(MediatorCard::of)
                .toList();
        int from = Math.min(matching.size(), page * size);
        return Page.numbered(
                matching.subList(from, Math.min(matching.size(), from + size)), page, size, matching.size());
    }

    private static Predicate<NeutralProfile> matches(DirectoryQuery q) {
        String text = blank(q.text()) ? null : q.text().strip().toLowerCase(Locale.ROOT);
        return p -> (blank(q.language())
                        || p.languages().contains(q.language().strip().toLowerCase(Locale.ROOT)))
                && (blank(q.country())
                        || p.countries().contains(q.country().strip().toUpperCase(Locale.ROOT)))
                && (q.area() == null || p.areas().contains(q.area()))
                && (q.certification() == null || p.certifications().contains(q.certification()))
                && (text == null
                        || p.account().displayName().toLowerCase(Locale.ROOT).contains(text)
                        || p.keywords().stream().anyMatch(k -> k.contains(text)));
    }

    /**
     * R-M4, issue 24: the languages (ISO 639-1) and countries (ISO 3166-1) the listed mediators offer, for the
     * directory's filters to offer only what can be found.
     */
    @PermitAll
    public Facets facets() {
        java.util.SortedSet<String> languages = new java.util.TreeSet<>();
        java.util.SortedSet<String> countries = new java.util.TreeSet<>();
        for (NeutralProfile p : directory.listed()) {
            languages.addAll(p.languages());
            countries.addAll(p.countries());
        }
        return new Facets(List.copyOf(languages), List.copyOf(countries));
    }

    /** What the directory's filters offer: codes, which the page names. */
    public record Facets(List<String> languages, List<String> countries) implements java.io.Serializable {}

    /** A mediator's public profile with its Feedback Digest; the same "not found" for a hidden or unknown one. */
    @PermitAll
    public MediatorProfile profile(UUID id) {
        NeutralProfile p = directory.listed(id).orElseThrow(NotFound::new);
        MediatorProfile.Digest digest = directory
                .digest(p.account().id())
                .map(d -> new MediatorProfile.Digest(d.mediations(), d.answers(), d.means()))
                .orElse(null);
        return new MediatorProfile(
                MediatorCard.of(p),
                p.biography().orElse(null),
                digest,
                org.concord.domain.mediation.FeedbackDigest.MIN_MEDIATIONS);
    }

    /** R-M4: a mediator shows in the directory or hides from it (its own choice). */
    @RolesAllowed("NEUTRAL")
    public boolean list(boolean listed) {
        UserAccount caller = accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
        NeutralProfile profile = directory
                .ofAccount(caller.id())
                .orElseThrow(() -> new RuleViolation("R-M4", null, "rule.directory.noProfile"));
        profile.listInDirectory(listed);
        return profile.isInDirectory();
    }

    /** R-M4: the calling mediator's biography for the directory ({@code null}: no profile; empty: none written). */
    @RolesAllowed("NEUTRAL")
    public String biography() {
        UserAccount caller = accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
        return directory
                .ofAccount(caller.id())
                .map(p -> p.biography().orElse(""))
                .orElse(null);
    }

    /** R-M4: the mediator writes (or, blank, removes) its short biography for the directory. */
    @RolesAllowed("NEUTRAL")
    public void writeBiography(String text) {
        UserAccount caller = accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
        directory
                .ofAccount(caller.id())
                .orElseThrow(() -> new RuleViolation("R-M4", null, "rule.directory.noProfile"))
                .writeBiography(text);
    }

    /** Whether the calling mediator is listed now ({@code null}: no profile). */
    @RolesAllowed("NEUTRAL")
    public Boolean listed() {
        UserAccount caller = accounts.caller(context.getCallerPrincipal()).orElseThrow(NotFound::new);
        return directory.ofAccount(caller.id()).map(NeutralProfile::isListed).orElse(null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
