package org.jiannuo.domain.model.appraisal;

import static org.jiannuo.domain.model.appraisal.MeetingFixtures.NOW;
import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.jiannuo.domain.model.appraisal.MeetingFixtures.member;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NarrationExemptionTest {

    private static final YearMonth MARCH = YearMonth.of(2027, 3);
    private static final YearMonth JUNE = YearMonth.of(2027, 6);

    private static NarrationExemption requested(YearMonth from, YearMonth until) {
        return NarrationExemption.request(member(), ExemptionReason.SICK, from, until, "住院治疗", "branch", NOW);
    }

    private static NarrationExemption approved(YearMonth from, YearMonth until) {
        NarrationExemption exemption = requested(from, until);
        exemption.decide(true, null, "superior", NOW);
        return exemption;
    }

    @Test
    void aRequestWaitsForTheSuperior() {
        NarrationExemption exemption = NarrationExemption.request(member(), ExemptionReason.ELDERLY, MARCH, JUNE,
                "  年逾八旬  ", "branch", NOW);

        assertEquals(ExemptionStatus.REQUESTED, exemption.getStatus());
        assertEquals(ExemptionReason.ELDERLY, exemption.getReason());
        assertEquals(MARCH, exemption.getFrom());
        assertEquals(JUNE, exemption.getUntil());
        assertEquals("年逾八旬", exemption.getNote());
        assertEquals("branch", exemption.getRequestedBy());
        assertFalse(exemption.covers(MARCH), "a request does not exempt anyone yet");
    }

    @Test
    void aRequestNamesItsReason() {
        assertRefused("exemption.reasonRequired",
                () -> NarrationExemption.request(member(), null, MARCH, JUNE, null, "branch", NOW));
    }

    @Test
    void aRequestStartsInSomeMonthAndEndsNoEarlier() {
        assertRefused("exemption.monthsOutOfOrder",
                () -> NarrationExemption.request(member(), ExemptionReason.SICK, null, JUNE, null, "branch", NOW));
        assertRefused("exemption.monthsOutOfOrder",
                () -> NarrationExemption.request(member(), ExemptionReason.SICK, JUNE, MARCH, null, "branch", NOW));
        assertEquals(MARCH, requested(MARCH, MARCH).getUntil());
        assertNull(requested(MARCH, null).getUntil());
    }

    @Test
    void aNoteOfAThousandCharactersIsKeptButNoLonger() {
        String longest = "注".repeat(1000);

        assertEquals(longest, NarrationExemption.request(member(), ExemptionReason.WEAK, MARCH, null, longest,
                "branch", NOW).getNote());
        RuleViolation violation = assertRefused("exemption.noteTooLong", () -> NarrationExemption.request(member(),
                ExemptionReason.WEAK, MARCH, null, longest + "注", "branch", NOW));
        assertArrayEquals(new Object[] {1000}, violation.arguments());
    }

    @ParameterizedTest(name = "approved March to June, {0} is covered: {1}")
    @CsvSource({"2027-02, false", "2027-03, true", "2027-05, true", "2027-06, true", "2027-07, false"})
    void anApprovedExemptionCoversItsMonthsInclusive(YearMonth month, boolean expected) {
        assertEquals(expected, approved(MARCH, JUNE).covers(month));
    }

    @ParameterizedTest(name = "approved from March until further notice, {0} is covered: {1}")
    @CsvSource({"2027-02, false", "2027-03, true", "2030-12, true"})
    void anOpenEndedExemptionCoversEveryMonthFromItsStart(YearMonth month, boolean expected) {
        assertEquals(expected, approved(MARCH, null).covers(month));
    }

    @Test
    void anApprovalNeedsNoReason() {
        NarrationExemption exemption = approved(MARCH, JUNE);

        assertEquals(ExemptionStatus.APPROVED, exemption.getStatus());
        assertNull(exemption.getDecisionNote());
        assertEquals("superior", exemption.getDecidedBy());
    }

    @ParameterizedTest(name = "a refusal with reason \"{0}\" is refused")
    @ValueSource(strings = {"", "   "})
    void aRefusalSaysWhy(String why) {
        NarrationExemption exemption = requested(MARCH, JUNE);

        assertRefused("exemption.refusalReasonRequired", () -> exemption.decide(false, why, "superior", NOW));
        assertRefused("exemption.refusalReasonRequired", () -> exemption.decide(false, null, "superior", NOW));
        assertEquals(ExemptionStatus.REQUESTED, exemption.getStatus());
    }

    @Test
    void aRefusedExemptionCoversNothing() {
        NarrationExemption exemption = requested(MARCH, JUNE);

        exemption.decide(false, "  病情已好转  ", "superior", NOW);

        assertEquals(ExemptionStatus.REFUSED, exemption.getStatus());
        assertEquals("病情已好转", exemption.getDecisionNote());
        assertFalse(exemption.covers(MARCH));
    }

    @ParameterizedTest(name = "a request decided as approved={0} is not decided again")
    @ValueSource(booleans = {true, false})
    void aDecisionStands(boolean approvedFirst) {
        NarrationExemption exemption = requested(MARCH, JUNE);
        exemption.decide(approvedFirst, "已核实", "superior", NOW);
        ExemptionStatus decided = exemption.getStatus();

        assertRefused("exemption.alreadyDecided", () -> exemption.decide(true, null, "other", NOW));
        assertRefused("exemption.alreadyDecided", () -> exemption.decide(false, "不同意", "other", NOW));
        assertEquals(decided, exemption.getStatus());
        assertEquals("superior", exemption.getDecidedBy());
    }
}
