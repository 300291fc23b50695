package org.concord.service.procedure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.concord.domain.RuleViolation;
import org.concord.domain.SearchText;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.ProcedureState;
import org.concord.domain.time.GenevaTime;

/**
 * Issue 24: one page of the staff console's list of every Procedure: the search text ({@code q}: a reference or its
 * beginning, a platform reference (PUID), an e-mail address, or the beginning of a Party's or organisation's name),
 * the filters (state, matter, held for its fees, overdue, language, Neutral, received between two Geneva dates, both
 * included), the order and where the page goes on ({@code after}, the {@code next} of the page before). Built by
 * {@link #parse} from query parameters by name and turned back into them by {@link #parameters}, so that a URL
 * reproduces the list; each bad value is refused naming its parameter.
 */
public record ConsoleQuery(
        Optional<String> text,
        Optional<ProcedureState> state,
        Optional<Matter> matter,
        boolean held,
        boolean overdue,
        Optional<String> language,
        Optional<UUID> neutral,
        Optional<LocalDate> receivedFrom,
        Optional<LocalDate> receivedTo,
        Sort sort,
        Cursor after,
        int size) {

    public static final int DEFAULT_SIZE = 25;

    /** The longest search text taken (a PUID may be long; nothing Concord stores is longer). */
    public static final int MAX_TEXT = 500;

    /** The parameters, in the order a URL carries them. */
    public static final List<String> NAMES = List.of(
            "q", "state", "matter", "held", "overdue", "language", "neutral", "from", "to", "sort", "after", "size");

    private static final String RULE = "R-C1";

    /** The orders the list can take; the default first. */
    public enum Sort {
        /** Received, newest first (the default). */
        NEWEST,
        /** Received, oldest first. */
        OLDEST,
        /** By reference, in its order as text. */
        REFERENCE
    }

    /**
     * Where a page goes on in its order: after the receipt instant and id, or after the reference, of the last
     * Procedure shown. An opaque URL-safe token that names its order, so that it is not used in another.
     */
    public record Cursor(Sort sort, Instant receivedAt, UUID id, String reference) {

        public String encode() {
            String plain = sort == Sort.REFERENCE ? sort + "|" + reference : sort + "|" + receivedAt + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String token, Sort sort) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
                Sort of = Sort.valueOf(parts[0]);
                if (of != sort) {
                    throw new IllegalArgumentException("another order");
                }
                return of == Sort.REFERENCE
                        ? new Cursor(of, null, null, parts[1])
                        : new Cursor(of, Instant.parse(parts[1]), UUID.fromString(parts[2]), null);
            } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw new RuleViolation(RULE, "/after", "list.cursor.invalid");
            }
        }
    }

    public ConsoleQuery {
        size = Math.max(1, Math.min(size, ProcedureService.MAX_PAGE_SIZE));
    }

    /** The newest {@code size} Procedures, unfiltered. */
    public static ConsoleQuery first(int size) {
        return parse(name -> name.equals("size") ? Integer.toString(size) : null);
    }

    /**
     * @param parameter the text of each parameter of {@link #NAMES} by its name ({@code null} or blank: not given)
     * @throws RuleViolation at {@code /q}, {@code /state}, {@code /matter}, {@code /held}, {@code /overdue},
     *     {@code /language}, {@code /neutral}, {@code /from}, {@code /to}, {@code /sort}, {@code /after} or
     *     {@code /size}
     */
    public static ConsoleQuery parse(Function<String, String> parameter) {
        Optional<String> text = given(parameter.apply("q"));
        if (text.isPresent() && text.get().length() > MAX_TEXT) {
            throw new RuleViolation(RULE, "/q", "console.search.tooLong", MAX_TEXT);
        }
        Optional<ProcedureState> state = given(parameter.apply("state"))
                .map(s -> constant(ProcedureState.class, s, "/state", "console.state.invalid"));
        Optional<Matter> matter = given(parameter.apply("matter"))
                .map(m -> constant(Matter.class, m, "/matter", "console.matter.invalid"));
        boolean held = flag(parameter.apply("held"), "/held");
        boolean overdue = flag(parameter.apply("overdue"), "/overdue");
        Optional<String> language = given(parameter.apply("language")).map(ConsoleQuery::language);
        Optional<UUID> neutral = given(parameter.apply("neutral")).map(n -> {
            try {
                return UUID.fromString(n);
            } catch (IllegalArgumentException e) {
                throw new RuleViolation(RULE, "/neutral", "console.neutral.invalid");
            }
        });
        Optional<LocalDate> from = date(parameter.apply("from"), "/from");
        Optional<LocalDate> to = date(parameter.apply("to"), "/to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new RuleViolation(RULE, "/to", "caseload.dates.reversed");
        }
        Sort sort = given(parameter.apply("sort"))
                .map(s -> constant(Sort.class, s, "/sort", "console.sort.invalid"))
                .orElse(Sort.NEWEST);
        Cursor after =
                given(parameter.apply("after")).map(a -> Cursor.decode(a, sort)).orElse(null);
        int size = given(parameter.apply("size"))
                .map(s -> {
                    try {
                        int n = Integer.parseInt(s);
                        if (n < 1 || n > ProcedureService.MAX_PAGE_SIZE) {
                            throw new NumberFormatException(s);
                        }
                        return n;
                    } catch (NumberFormatException e) {
                        throw new RuleViolation(RULE, "/size", "caseload.size.invalid");
                    }
                })
                .orElse(DEFAULT_SIZE);
        return new ConsoleQuery(text, state, matter, held, overdue, language, neutral, from, to, sort, after, size);
    }

    /**
     * The parameters of this query by name, those given only, in the order of {@link #NAMES}; without {@code after}
     * (the first page) unless {@code next} is given, which takes its place.
     */
    public Map<String, String> parameters(String next) {
        Map<String, String> out = new LinkedHashMap<>();
        text.ifPresent(t -> out.put("q", t));
        state.ifPresent(s -> out.put("state", s.name()));
        matter.ifPresent(m -> out.put("matter", m.name()));
        if (held) {
            out.put("held", "true");
        }
        if (overdue) {
            out.put("overdue", "true");
        }
        language.ifPresent(l -> out.put("language", l));
        neutral.ifPresent(n -> out.put("neutral", n.toString()));
        receivedFrom.ifPresent(d -> out.put("from", d.toString()));
        receivedTo.ifPresent(d -> out.put("to", d.toString()));
        if (sort != Sort.NEWEST) {
            out.put("sort", sort.name());
        }
        if (next != null) {
            out.put("after", next);
        }
        if (size != DEFAULT_SIZE) {
            out.put("size", Integer.toString(size));
        }
        return out;
    }

    /** Whether any filter or search narrows the list (else it is every Procedure). */
    public boolean narrowed() {
        return text.isPresent()
                || state.isPresent()
                || matter.isPresent()
                || held
                || overdue
                || language.isPresent()
                || neutral.isPresent()
                || receivedFrom.isPresent()
                || receivedTo.isPresent();
    }

    /** The search text as an e-mail address (lower case), if it looks like one. */
    Optional<String> email() {
        return text.filter(t -> t.indexOf('@') > 0 && !t.contains(" ")).map(t -> t.toLowerCase(Locale.ROOT));
    }

    /** The search text folded as names are ({@link SearchText}), for a prefix of a Party's or organisation's name. */
    Optional<String> namePrefix() {
        return text.map(SearchText::fold).filter(t -> !t.isEmpty());
    }

    /** The search text as the beginning of a reference (upper case, as references are made). */
    Optional<String> referencePrefix() {
        return text.filter(t -> !t.contains(" ")).map(t -> t.toUpperCase(Locale.ROOT));
    }

    /** The first instant received on {@code receivedFrom} in Geneva, if given. */
    Optional<Instant> fromInstant() {
        return receivedFrom.map(d -> d.atStartOfDay(GenevaTime.ZONE).toInstant());
    }

    /** The first instant after {@code receivedTo} in Geneva (excluded), if given. */
    Optional<Instant> untilInstant() {
        return receivedTo.map(d -> d.plusDays(1).atStartOfDay(GenevaTime.ZONE).toInstant());
    }

    /**
     * A language as its ISO 639 code: the code itself ("fr"), or its name in English, French, German or its own
     * language, in any case and with or without accents ("French", "français", "Französisch", "francais").
     */
    static String language(String typed) {
        String folded = SearchText.fold(typed);
        for (String code : Locale.getISOLanguages()) {
            if (code.equals(folded)) {
                return code;
            }
        }
        for (String code : Locale.getISOLanguages()) {
            Locale language = new Locale(code);
            for (Locale in : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN, language)) {
                if (SearchText.fold(language.getDisplayLanguage(in)).equals(folded)) {
                    return code;
                }
            }
        }
        throw new RuleViolation(RULE, "/language", "console.language.invalid");
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text, String field, String key) {
        try {
            return Enum.valueOf(
                    type, text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation(RULE, field, key);
        }
    }

    private static boolean flag(String text, String field) {
        Optional<String> value = given(text).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isEmpty() || value.get().equals("false")) {
            return false;
        }
        if (value.get().equals("true")) {
            return true;
        }
        throw new RuleViolation(RULE, field, "caseload.flag.invalid");
    }

    private static Optional<LocalDate> date(String text, String field) {
        try {
            return given(text).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(RULE, field, "caseload.date.invalid");
        }
    }

    private static Optional<String> given(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
