package org.jiannuo.domain.model.opinion;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jiannuo.domain.model.publicity.HourlyLimitReached;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class OpinionRulesTest {

    @Test
    void settingsAreHeldToTheirRanges() {
        OpinionRules rules = OpinionRules.defaults();
        rules.change(new OpinionSettings(1, 50, 1, 1));
        rules.change(new OpinionSettings(90, 4000, 1000, 1000));
        assertEquals("opinion.handlingDaysRange", refused(rules, new OpinionSettings(0, 1000, 5, 30)));
        assertEquals("opinion.handlingDaysRange", refused(rules, new OpinionSettings(91, 1000, 5, 30)));
        assertEquals("opinion.longestTextRange", refused(rules, new OpinionSettings(10, 49, 5, 30)));
        assertEquals("opinion.longestTextRange", refused(rules, new OpinionSettings(10, 4001, 5, 30)));
        assertEquals("publicity.hourlyLimitRange", refused(rules, new OpinionSettings(10, 1000, 0, 30)));
        assertEquals("publicity.hourlyLimitRange", refused(rules, new OpinionSettings(10, 1000, 5, 1001)));
        assertEquals(new OpinionSettings(90, 4000, 1000, 1000), rules.settings(), "a refused change changes nothing");
    }

    @Test
    void theNPlusFirstOpinionOfAnHourIsRefused() {
        OpinionRules rules = OpinionRules.defaults();
        rules.change(new OpinionSettings(10, 1000, 3, 5));
        assertDoesNotThrow(() -> rules.checkRate(2, 4));
        assertEquals("opinion.tooMany", assertThrows(HourlyLimitReached.class, () -> rules.checkRate(3, 0)).code());
        assertEquals("opinion.tooMany", assertThrows(HourlyLimitReached.class, () -> rules.checkRate(0, 5)).code());
    }

    private static String refused(OpinionRules rules, OpinionSettings settings) {
        return assertThrows(RuleViolation.class, () -> rules.change(settings)).code();
    }
}
