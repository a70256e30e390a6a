package org.jiannuo.domain.model.yearend;

import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.quota.Quota;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Excellent not above 15%" (seed 000) is the quota type's "at most": rounded down, so branches of up to six
 * have none (the small-group rule the screen states), and the proposal is refused beyond it.
 */
class ExcellentQuotaTest {

    private final Quota quota = YearEndRules.defaults().excellentQuota();

    @ParameterizedTest(name = "{0} members: at most {1} excellent")
    @CsvSource({"1, 0", "3, 0", "4, 0", "6, 0", "7, 1", "20, 3", "100, 15"})
    void theLimitOfABranch(int members, int limit) {
        assertEquals(limit, quota.limit(members));
    }

    @Test
    void branchesOfUpToSixHaveNone() {
        assertEquals(6, quota.largestGroupWithoutAny());
    }

    @ParameterizedTest(name = "{0} members: {1} excellent proposed, {2} refused")
    @CsvSource({"1, 0, 1", "3, 0, 1", "4, 0, 1", "6, 0, 1", "7, 1, 2", "20, 3, 4", "100, 15, 16"})
    void aProposalWithinTheQuotaIsTakenAndOneBeyondItRefused(int members, int allowed, int tooMany) {
        YearEndFixtures fixtures = new YearEndFixtures(members);
        Map<Long, AnnualGrade> grades = fixtures.allQualified();
        fixtures.firstExcellent(grades, allowed);
        Map<Long, String> reasons = fixtures.reasonsForAll();
        assertDoesNotThrow(() -> fixtures.branch().propose(fixtures.members(), grades, reasons,
                fixtures.allQualified(), quota, "zhibu", YearEndFixtures.NOW));

        YearEndFixtures again = new YearEndFixtures(members);
        Map<Long, AnnualGrade> over = again.allQualified();
        again.firstExcellent(over, tooMany);
        assertRefused("yearEnd.excellentOverQuota", () -> again.branch().propose(again.members(), over,
                again.reasonsForAll(), again.allQualified(), quota, "zhibu", YearEndFixtures.NOW));
    }

    @Test
    void theShareIsATenantSetting() {
        YearEndRules rules = YearEndRules.defaults();
        rules.change(80, 30);
        assertEquals(3, rules.excellentQuota().limit(10));
        assertRefused("yearEnd.excellentPercentRange", () -> rules.change(80, 51));
        assertRefused("yearEnd.massPercentRange", () -> rules.change(0, 15));
        assertEquals(List.of(80, 30), List.of(rules.getMassPercent(), rules.getExcellentPercent()));
        assertEquals(new HashMap<>(Map.of("massPercent", 80, "excellentPercent", 30)), rules.auditState());
    }
}
