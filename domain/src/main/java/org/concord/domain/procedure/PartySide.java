package org.concord.domain.procedure;

import java.util.Optional;

/**
 * One who stands on a side of a Procedure, as the conflict check of R-9 sees it: the platform, a Party or a
 * representative, by name and, where known, e-mail domain.
 *
 * @param kind what it is to the Procedure
 * @param name as the Procedure records it
 * @param emailDomain the organisation's e-mail domain, {@code null} if unknown or a public mailbox provider
 */
public record PartySide(Kind kind, String name, String emailDomain) {

    /** The part a side plays. */
    public enum Kind {
        PLATFORM,
        PARTY,
        REPRESENTATIVE
    }

    public static PartySide of(Kind kind, String name, String email) {
        return new PartySide(kind, name, PartyName.domainOf(email).orElse(null));
    }

    /** The name's {@link PartyName#words}. */
    public java.util.List<String> words() {
        return PartyName.words(name);
    }

    public Optional<String> domain() {
        return Optional.ofNullable(emailDomain);
    }
}
