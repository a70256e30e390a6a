package org.jiannuo.domain.model.commitment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentRulesTest {

    private static final LocalDate EARLY = LocalDate.of(2027, 1, 10);

    @ParameterizedTest(name = "a member with {0} annual items: {1}")
    @CsvSource({"1, commitment.tooFew", "2, ok", "5, ok", "6, commitment.tooMany"})
    void aMemberMakesTwoToFiveItemsByDefault(int items, String expected) {
        assertEquals(expected, outcome(() -> CommitmentRules.defaults(2027)
                .checkAnnualSubmission(false, Collections.nCopies(items, "学习"), false, EARLY)));
    }

    @ParameterizedTest(name = "an organization with {0} annual items: {1}")
    @CsvSource({"2, commitment.tooFew", "3, ok", "5, ok", "6, commitment.tooMany"})
    void anOrganizationMakesThreeToFiveItemsByDefault(int items, String expected) {
        assertEquals(expected, outcome(() -> CommitmentRules.defaults(2027)
                .checkAnnualSubmission(true, Collections.nCopies(items, "工作"), false, EARLY)));
    }

    @Test
    void aTenantMayFollowTheStricterSeedOfTwoToThreeItems() {
        CommitmentRules rules = CommitmentRules.defaults(2027);
        rules.change(new RulesSettings(CategorySet.POLITICS_DUTY_DEEDS.categories(), 2, 3, 3, 5,
                LocalDate.of(2027, 8, 10), false));
        assertEquals("ok", outcome(() -> rules.checkAnnualSubmission(false, List.of("政治", "履职", "实事"), false, EARLY)));
        assertEquals("commitment.tooMany", outcome(() ->
                rules.checkAnnualSubmission(false, List.of("政治", "履职", "实事", "实事"), false, EARLY)));
        assertEquals(List.of("政治", "履职", "实事"), rules.categoriesFor(true), "no cadre duties this year");
    }

    @Test
    void annualItemsAreSubmittedUpToAndIncludingThePublicationDeadline() {
        CommitmentRules rules = CommitmentRules.defaults(2027);
        LocalDate deadline = rules.getPublicationDeadline();
        List<String> two = List.of("学习", "工作");

        assertEquals(LocalDate.of(2027, 3, 31), deadline);
        assertEquals("ok", outcome(() -> rules.checkAnnualSubmission(false, two, false, deadline)));
        assertEquals("commitment.pastPublicationDeadline", outcome(() ->
                rules.checkAnnualSubmission(false, two, false, deadline.plusDays(1))));
    }

    @Test
    void aDeadlineOnTheLeapDayIsAcceptedInALeapYear() {
        CommitmentRules rules = CommitmentRules.defaults(2028);
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        rules.change(new RulesSettings(List.of("学习", "工作"), 2, 5, 3, 5, leapDay, true));

        assertEquals("ok", outcome(() -> rules.checkAnnualSubmission(false, List.of("学习", "工作"), false, leapDay)));
        assertEquals("commitment.pastPublicationDeadline", outcome(() ->
                rules.checkAnnualSubmission(false, List.of("学习", "工作"), false, LocalDate.of(2028, 3, 1))));
    }

    @Test
    void divisionLevelCadresAlsoCommitOnBothDuties() {
        CommitmentRules rules = CommitmentRules.defaults(2027);
        assertTrue(rules.categoriesFor(true).containsAll(CategorySet.LEADING_CADRE_DUTIES));
        assertEquals(CategorySet.STUDY_WORK_DISCIPLINE_SERVICE.categories(), rules.categoriesFor(false));

        assertEquals("commitment.leadingCadreDutiesMissing", outcome(() ->
                rules.checkAnnualSubmission(false, List.of("学习", "一岗双责"), true, EARLY)));
        assertEquals("ok", outcome(() ->
                rules.checkAnnualSubmission(false, List.of("学习", "一岗双责", "廉洁从政"), true, EARLY)));
        assertEquals("ok", outcome(() -> rules.checkAnnualSubmission(false, List.of("学习", "工作"), false, EARLY)),
                "other members need not");
    }

    @Test
    void settingsAreCheckedBeforeAnythingChanges() {
        CommitmentRules rules = CommitmentRules.defaults(2027);
        LocalDate deadline = LocalDate.of(2027, 3, 31);

        assertEquals("rules.itemRange", outcome(() -> rules.change(new RulesSettings(List.of("学习"), 0, 5, 3, 5,
                deadline, true))));
        assertEquals("rules.itemRange", outcome(() -> rules.change(new RulesSettings(List.of("学习"), 4, 3, 3, 5,
                deadline, true))));
        assertEquals("rules.itemRange", outcome(() -> rules.change(new RulesSettings(List.of("学习"), 2, 21, 3, 5,
                deadline, true))));
        assertEquals("rules.categoriesRequired", outcome(() -> rules.change(new RulesSettings(List.of(" "), 2, 5, 3, 5,
                deadline, true))));
        assertEquals("rules.categoriesInvalid", outcome(() -> rules.change(new RulesSettings(List.of("学习", "学习"),
                2, 5, 3, 5, deadline, true))));
        assertEquals("rules.deadlineInYear", outcome(() -> rules.change(new RulesSettings(List.of("学习"), 2, 5, 3, 5,
                LocalDate.of(2028, 1, 1), true))));
        assertEquals(CategorySet.STUDY_WORK_DISCIPLINE_SERVICE.categories(), rules.settings().categories(),
                "nothing changed");
        assertDoesNotThrow(() -> rules.change(new RulesSettings(List.of("学习"), 1, 1, 1, 20, deadline, false)));
    }

    private static String outcome(Runnable check) {
        try {
            check.run();
            return "ok";
        } catch (RuleViolation violation) {
            return violation.code();
        }
    }

    static void assertRefused(String code, Runnable check) {
        assertEquals(code, assertThrows(RuleViolation.class, check::run).code());
    }
}
