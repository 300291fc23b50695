package org.concord.domain.sor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.domain.account.Role;
import org.concord.domain.account.UserAccount;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.Restriction;
import org.junit.jupiter.api.Test;

/** R-SOR.1–R-SOR.3 on the Commission's own fixtures (unchanged copies in src/test/resources/dsa-tdb). */
class StatementImportTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final UserAccount alice =
            new UserAccount("alice@example.org", "Alice", "h", Set.of(Role.PARTY), Locale.ENGLISH, NOW);

    static String fixture(String name) {
        try (InputStream in = StatementImportTest.class.getResourceAsStream("/dsa-tdb/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private StatementImport.Outcome read(String json) {
        return StatementImport.read(json, alice, NOW);
    }

    @Test
    void theCommissionsExampleStatementImportsWithEveryRestrictionType_R_SOR_1_R2() {
        StatementImport.Outcome outcome = read(fixture("example_statement.json"));
        assertTrue(outcome.isValid(), () -> outcome.errors().toString());
        StatementOfReasons s = outcome.statements().get(0);
        assertEquals("8ca7c7ed-d9bc-4509-9fe2-72046a1cTEST", s.puid());
        assertEquals("Platform 1", s.platformName());
        assertEquals(Set.of(Restriction.values()), s.restrictions());
        assertEquals("SV", s.contentLanguage().orElseThrow());
        assertEquals(List.of("NL", "GR", "RO"), s.territorialScope());
        assertEquals(Boolean.FALSE, s.automatedDetection().orElseThrow());
        assertTrue(s.document().contains("\"puid\""), "kept as received");
    }

    @Test
    void anIntellectualPropertyStatementWithoutCopyrightOrTrademarkKeywordIsFlagged_R_SOR_3() {
        ScopeAssessment scope =
                read(fixture("example_statement.json")).statements().get(0).scope();
        assertFalse(scope.likelyInScope());
        assertEquals("sor.scope.noKeyword", scope.reasonKey());
    }

    @Test
    void scopeFollowsCategoryAndKeywords_R_SOR_3() {
        String ip = ScopeAssessment.IP_CATEGORY;
        assertEquals(
                Matter.COPYRIGHT,
                ScopeAssessment.of(ip, List.of(ScopeAssessment.COPYRIGHT)).matter());
        assertEquals(
                Matter.TRADEMARK,
                ScopeAssessment.of(ip, List.of(ScopeAssessment.TRADEMARK)).matter());
        ScopeAssessment both = ScopeAssessment.of(ip, List.of(ScopeAssessment.COPYRIGHT, ScopeAssessment.TRADEMARK));
        assertTrue(both.likelyInScope());
        assertTrue(both.suggestedMatter().isEmpty(), "both named: the Requesting Party chooses");
        ScopeAssessment patent = ScopeAssessment.of(ip, List.of("KEYWORD_PATENT_INFRINGEMENT"));
        assertEquals("sor.scope.otherRight", patent.reasonKey());
        assertTrue(patent.reasonArguments().contains("KEYWORD_PATENT_INFRINGEMENT"));
        assertEquals(
                "sor.scope.otherCategory",
                ScopeAssessment.of("STATEMENT_CATEGORY_SCAMS_AND_FRAUD", List.of())
                        .reasonKey());
    }

    @Test
    void theBatchFormImportsAllTenStatements_R_SOR_1() {
        StatementImport.Outcome outcome = read(fixture("example_multi_statements.json"));
        assertTrue(outcome.isValid(), () -> outcome.errors().toString());
        assertEquals(10, outcome.statements().size());
        assertEquals(
                List.of("/statements/4/end_date_monetary_restriction", "/statements/6/end_date_monetary_restriction"),
                outcome.warnings().stream().map(SorProblem::pointer).toList(),
                "the Commission's example ends two restrictions before they applied: a warning, not an error");
        assertEquals(
                1,
                outcome.statements().stream()
                        .filter(s -> s.category().equals(ScopeAssessment.IP_CATEGORY))
                        .count());
    }

    @Test
    void everyViolationIsReportedWithItsPointerAndNothingIsKept_R_SOR_1() {
        String json = """
                {"statements": [
                  {"puid": "ok-1", "platform_name": "P", "decision_account": "DECISION_ACCOUNT_SUSPENDED",
                   "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT", "illegal_content_legal_ground": "Art. 1",
                   "illegal_content_explanation": "x", "category": "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
                   "content_type": ["CONTENT_TYPE_VIDEO"], "application_date": "2025-01-01", "decision_facts": "x"},
                  {"puid": "bad puid!", "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT",
                   "category": "STATEMENT_CATEGORY_NOPE", "content_type": ["CONTENT_TYPE_VIDEO", 7],
                   "application_date": "2019-12-31", "end_date_account_restriction": "2019-01-01",
                   "decision_facts": "x", "automated_detection": "Maybe"}
                ]}""";
        StatementImport.Outcome outcome = read(json);
        assertFalse(outcome.isValid());
        assertEquals(List.of(), outcome.statements(), "nothing from an invalid document");
        List<String> pointers =
                outcome.errors().stream().map(SorProblem::pointer).toList();
        assertEquals(
                List.of(
                        "/statements/1/puid",
                        "/statements/1/platform_name",
                        "/statements/1/decision_visibility",
                        "/statements/1/illegal_content_legal_ground",
                        "/statements/1/illegal_content_explanation",
                        "/statements/1/category",
                        "/statements/1/content_type/1",
                        "/statements/1/application_date",
                        "/statements/1/automated_detection"),
                pointers);
        assertEquals("sor.attribute.unknownValue", outcome.errors().get(5).key());
        assertEquals(
                List.of("category", "STATEMENT_CATEGORY_NOPE"),
                outcome.errors().get(5).arguments(),
                "names the value");
        assertEquals("R-SOR.2", outcome.errors().get(5).ruleId());
    }

    @Test
    void deletedValuesWarnAndRenamedValuesAreMapped_R_SOR_2() {
        String json = fixture("example_statement.json")
                .replace(
                        "\"category\":\"STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS\"",
                        "\"category\":\"STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE\"")
                .replace(
                        "\"category_specification\":[]",
                        "\"category_specification\":[\"KEYWORD_MISINFORMATION\",\"KEYWORD_DISINFORMATION\"]");
        StatementImport.Outcome outcome = read(json);
        assertTrue(outcome.isValid(), () -> outcome.errors().toString());
        StatementOfReasons s = outcome.statements().get(0);
        assertEquals("STATEMENT_CATEGORY_OTHER_VIOLATION_TC", s.category());
        assertEquals(List.of("KEYWORD_MISINFORMATION", "KEYWORD_MISINFORMATION_DISINFORMATION"), s.keywords());
        assertEquals(
                List.of("/category", "/category_specification/0", "/category_specification/1"),
                outcome.warnings().stream().map(SorProblem::pointer).toList());
    }

    @Test
    void brokenJsonSaysWhere_R_SOR_1() {
        StatementImport.Outcome outcome = read("{\"puid\": \n \"x\",, }");
        assertEquals(1, outcome.errors().size());
        assertEquals(
                "sor.json.invalid",
                outcome.errors().get(0).key(),
                outcome.errors().get(0).toString());
        assertEquals(2L, outcome.errors().get(0).arguments().get(0), "the line");
        assertFalse(read("[1, 2]").isValid());
        assertFalse(read("").isValid());
    }

    /** The Commission's example (IP category, no keyword) with {@code facts} as its decision_facts. */
    private ScopeAssessment scopeWithFacts(String facts) {
        String json = fixture("example_statement.json")
                .replace(
                        "\"decision_facts\":\"Arcus tandem textus.",
                        "\"decision_facts\":\"" + facts + " Arcus tandem textus.");
        StatementImport.Outcome outcome = read(json);
        assertTrue(outcome.isValid(), () -> outcome.errors().toString());
        return outcome.statements().get(0).scope();
    }

    @Test
    void anIntellectualPropertyStatementWhoseTextNamesCopyrightOrTrademarkIsNotFlagged_R_SOR_3_reading() {
        ScopeAssessment copyright = scopeWithFacts("The video reproduces a COPYRIGHTED song.");
        assertTrue(copyright.likelyInScope(), "a copyright word in the text counts like the keyword");
        assertEquals(Matter.COPYRIGHT, copyright.matter());
        assertEquals(null, copyright.reasonKey());
        assertEquals(
                Matter.COPYRIGHT,
                scopeWithFacts("Atteinte aux droits d\u2019auteur.").matter(),
                "fr, ’");
        assertEquals(
                Matter.COPYRIGHT, scopeWithFacts("Urheberrechtsverletzung.").matter(), "de");
        assertEquals(
                Matter.TRADEMARK,
                scopeWithFacts("Counterfeit goods under a registered trade  mark.")
                        .matter());
        assertEquals(Matter.TRADEMARK, scopeWithFacts("Contrefaçon de marque.").matter(), "fr");
        assertEquals(
                Matter.TRADEMARK, scopeWithFacts("Verletzung des Markenrechts.").matter(), "de");
        ScopeAssessment both = scopeWithFacts("Copyright and trademark.");
        assertTrue(both.likelyInScope());
        assertTrue(both.suggestedMatter().isEmpty(), "both named: the Requesting Party chooses");
        assertFalse(scopeWithFacts("Die Marke des Herstellers.").likelyInScope(), "a brand alone is not a right");
    }

    @Test
    void theTextDoesNotBringAnotherCategoryIntoScopeNorOverrideTheKeywords_R_SOR_3_reading() {
        String ip = ScopeAssessment.IP_CATEGORY;
        assertEquals(
                "sor.scope.otherCategory",
                ScopeAssessment.of("STATEMENT_CATEGORY_SCAMS_AND_FRAUD", List.of(), "copyright")
                        .reasonKey(),
                "only the intellectual-property category");
        assertEquals(
                Matter.TRADEMARK,
                ScopeAssessment.of(ip, List.of(ScopeAssessment.TRADEMARK), "copyright")
                        .matter(),
                "the keywords decide the matter");
        assertEquals(
                "sor.scope.otherRight",
                ScopeAssessment.of(ip, List.of("KEYWORD_PATENT_INFRINGEMENT"), "a patent")
                        .reasonKey());
        assertTrue(ScopeAssessment.of(ip, List.of("KEYWORD_PATENT_INFRINGEMENT"), "and a trademark")
                .likelyInScope());
    }

    @Test
    void everyDateFindingIsReportedAtOnce_R_SOR_1() {
        String json = fixture("example_statement.json")
                .replace("\"content_date\":\"2025-12-09\"", "\"content_date\":\"2025-02-30\"")
                .replace("\"application_date\":\"2025-12-08\"", "\"application_date\":\"2019-12-31\"")
                .replace(
                        "\"end_date_monetary_restriction\":\"2025-12-09\"",
                        "\"end_date_monetary_restriction\":\"2019-06-01\"")
                .replace("\"end_date_account_restriction\":null", "\"end_date_account_restriction\":\"31/12/2025\"");
        StatementImport.Outcome outcome = read(json);
        assertFalse(outcome.isValid());
        assertEquals(List.of(), outcome.statements());
        assertEquals(
                List.of(
                        "/content_date sor.attribute.notDate",
                        "/application_date sor.attribute.dateTooEarly",
                        "/end_date_account_restriction sor.attribute.notDate"),
                outcome.errors().stream().map(e -> e.pointer() + " " + e.key()).toList(),
                "every bad date, not only the first");
        assertTrue(outcome.errors().stream().allMatch(e -> e.ruleId().equals("R-SOR.1")));
        assertEquals(
                List.of("/end_date_monetary_restriction sor.attribute.beforeApplication"),
                outcome.warnings().stream()
                        .map(e -> e.pointer() + " " + e.key())
                        .toList(),
                "and the warning in the same round, for the refusal to show too");
    }
}
