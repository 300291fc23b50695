package org.concord.domain.neutral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.concord.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** R-M4, issue 24: the short biography a mediator writes for the public directory. */
class BiographyTest {

    private final NeutralProfile profile = new NeutralProfile(Profiles.neutral("m@example.org", "Mia Mediator"));

    @Test
    void theMediatorWritesItsBiographyAsPlainText_R_M4() {
        profile.writeBiography("  Mediator since 2009 <b>in Zurich</b>.\n\nLanguages: many.  ");
        assertEquals(Optional.of("Mediator since 2009 <b>in Zurich</b>.\n\nLanguages: many."), profile.biography());
    }

    @Test
    void aBlankBiographyRemovesIt_R_M4() {
        profile.writeBiography("Something.");
        profile.writeBiography("   ");
        assertEquals(Optional.empty(), profile.biography());
    }

    @Test
    void aBiographyHasAtMostAThousandCharacters_R_M4() {
        profile.writeBiography("x".repeat(NeutralProfile.BIOGRAPHY_MAX));
        RuleViolation tooLong = assertThrows(
                RuleViolation.class, () -> profile.writeBiography("x".repeat(NeutralProfile.BIOGRAPHY_MAX + 1)));
        assertEquals("R-M4", tooLong.ruleId());
        assertEquals(Optional.of("x".repeat(NeutralProfile.BIOGRAPHY_MAX)), profile.biography(), "unchanged");
    }
}
