package org.concord.service.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.procedure.Restriction;
import org.junit.jupiter.api.Test;

/**
 * The idempotency fingerprint is derived from the form itself: a retry with the same content has the same
 * fingerprint, and changing any item of the form (found by reflection, so an item added later is covered too) or of
 * an annex gives another one, so a changed retry under the same key is refused, never taken for a repeat.
 */
class FingerprintTest {

    @Test
    void theSameRequestHasTheSameFingerprint() {
        assertEquals(Fingerprint.of(filled(new RequestForm())), Fingerprint.of(filled(new RequestForm())));
    }

    @Test
    void changingAnyItemOfTheRequestChangesItsFingerprint() throws Exception {
        assertEveryFieldCounts(RequestForm::new);
    }

    @Test
    void changingAnyItemOfTheAnswerChangesItsFingerprint() throws Exception {
        assertEveryFieldCounts(AnswerForm::new);
    }

    @Test
    void changingAnyPartOfAnAnnexChangesTheFingerprint() throws Exception {
        String before = Fingerprint.of(filled(new RequestForm()));
        for (Field field : fields(AnnexForm.class)) {
            RequestForm changed = filled(new RequestForm());
            AnnexForm annex = changed.getAnnexes().get(0);
            field.set(annex, other(field, field.get(annex)));
            assertNotEquals(before, Fingerprint.of(changed), "annex " + field.getName());
        }
    }

    @Test
    void theAnnexBytesCountByTheirContent() {
        RequestForm one = filled(new RequestForm());
        RequestForm other = filled(new RequestForm());
        other.getAnnexes().get(0).setContent("annex".getBytes(StandardCharsets.UTF_8));
        assertEquals(Fingerprint.of(one), Fingerprint.of(other));
        other.getAnnexes().get(0).getContent()[0] ^= 1;
        assertNotEquals(Fingerprint.of(one), Fingerprint.of(other));
    }

    @Test
    void theOrderOfTheRestrictionsMeansNothingButTheOrderOfTheAnnexesDoes() {
        RequestForm one = filled(new RequestForm());
        one.setRestrictions(Set.of(Restriction.VISIBILITY, Restriction.values()[1]));
        RequestForm other = filled(new RequestForm());
        other.setRestrictions(EnumSet.of(Restriction.values()[1], Restriction.VISIBILITY));
        assertEquals(Fingerprint.of(one), Fingerprint.of(other));

        RequestForm twoAnnexes = filled(new RequestForm());
        twoAnnexes.getAnnexes().add(new AnnexForm(DocumentKind.values()[0], "b.txt", new byte[] {2}));
        RequestForm swapped = filled(new RequestForm());
        swapped.getAnnexes().add(0, new AnnexForm(DocumentKind.values()[0], "b.txt", new byte[] {2}));
        assertNotEquals(Fingerprint.of(twoAnnexes), Fingerprint.of(swapped));
    }

    @Test
    void anAnswerInAnotherProcedureIsAnotherFiling() {
        AnswerForm answer = filled(new AnswerForm());
        assertNotEquals(Fingerprint.of(answer, UUID.randomUUID()), Fingerprint.of(answer, UUID.randomUUID()));
    }

    @Test
    void textCannotForgeTheBoundaryBetweenTwoItems() {
        RequestForm one = filled(new RequestForm());
        one.setRemedy("a");
        one.setRepresentative("b;");
        RequestForm other = filled(new RequestForm());
        other.setRemedy("a;");
        other.setRepresentative("b");
        assertNotEquals(Fingerprint.of(one), Fingerprint.of(other));
        assertFalse(Fingerprint.of(one).isBlank());
    }

    private static <F> void assertEveryFieldCounts(java.util.function.Supplier<F> form) throws Exception {
        String before = Fingerprint.of(filled(form.get()));
        List<Field> fields = fields(form.get().getClass());
        for (Field field : fields) {
            F changed = filled(form.get());
            field.set(changed, other(field, field.get(changed)));
            assertNotEquals(before, Fingerprint.of(changed), field.getName());
        }
        assertFalse(fields.isEmpty());
    }

    /** Every field of the form set to a first value; an annex in its list. */
    private static <F> F filled(F form) {
        try {
            for (Field field : fields(form.getClass())) {
                field.set(form, first(field));
            }
            return form;
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Object first(Field field) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return "first " + field.getName();
        } else if (type == boolean.class) {
            return false;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == Set.class) {
            return EnumSet.of(Restriction.VISIBILITY);
        } else if (type == List.class) {
            List<AnnexForm> annexes = new ArrayList<>();
            annexes.add(new AnnexForm(DocumentKind.values()[0], "a.txt", "annex".getBytes(StandardCharsets.UTF_8)));
            return annexes;
        } else if (type == byte[].class) {
            return "annex".getBytes(StandardCharsets.UTF_8);
        }
        throw new AssertionError("No test value for " + field + ": teach FingerprintTest its type");
    }

    @SuppressWarnings("unchecked")
    private static Object other(Field field, Object value) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return value + " changed";
        } else if (type == boolean.class) {
            return !(Boolean) value;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[1];
        } else if (type == Set.class) {
            Set<Restriction> more = EnumSet.copyOf((Set<Restriction>) value);
            more.add(Restriction.values()[1]);
            return more;
        } else if (type == List.class) {
            List<AnnexForm> more = new ArrayList<>((List<AnnexForm>) value);
            more.add(new AnnexForm(DocumentKind.values()[0], "b.txt", new byte[] {2}));
            return more;
        } else if (type == byte[].class) {
            return "other".getBytes(StandardCharsets.UTF_8);
        }
        throw new AssertionError("No test value for " + field + ": teach FingerprintTest its type");
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }
}
