package org.jiannuo.domain.model.shared;

import static org.jiannuo.domain.model.shared.DomainFixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoundedTextTest {

    @Test
    void keepsTheTextWithoutSurroundingBlanksAndNoneAsEmpty() {
        assertEquals("按期完成", BoundedText.of("  按期完成\n", 10, "report.tooLong"));
        assertEquals("", BoundedText.of(null, 10, "report.tooLong"));
        assertEquals("", BoundedText.of("   ", 10, "report.tooLong"));
    }

    @Test
    void takesTheLongestAllowedAndRefusesOneMoreUnderTheCallersKey() {
        assertEquals("字".repeat(10), BoundedText.of(" " + "字".repeat(10) + " ", 10, "report.tooLong"));
        RuleViolation refused = assertRefused("report.tooLong", () -> BoundedText.of("字".repeat(11), 10, "report.tooLong"));
        assertEquals(10, refused.arguments()[0], "the message names the limit");
    }
}
