package org.jiannuo.domain.model.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

    @Test
    void aCodeIsShownInFourGroupsAndReadBackHoweverTyped() {
        TrackingCode code = TrackingCode.random(new SecureRandom());
        String shown = code.display();
        assertTrue(shown.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}"), shown);
        assertEquals(code.canonical(), TrackingCode.parse(shown).orElseThrow().canonical());
        assertEquals(code.canonical(), TrackingCode.parse(" " + shown.toLowerCase().replace("-", " ") + " ")
                .orElseThrow().canonical());
        assertNotEquals(code.canonical(), TrackingCode.random(new SecureRandom()).canonical());
    }

    @Test
    void lookAlikeLettersAreReadAsDigits() {
        assertEquals("0111ABCDEFGHJKMN", TrackingCode.parse("OIL1-abcd-efgh-jkmn").orElseThrow().canonical());
    }

    @Test
    void somethingThatCannotBeACodeIsNone() {
        assertTrue(TrackingCode.parse(null).isEmpty());
        assertTrue(TrackingCode.parse("").isEmpty());
        assertTrue(TrackingCode.parse("ABCD-EFGH-JKMN-PQR").isEmpty(), "one short");
        assertTrue(TrackingCode.parse("ABCD-EFGH-JKMN-PQRU").isEmpty(), "U is not in the alphabet");
        assertTrue(TrackingCode.parse("' OR 1=1 --").isEmpty());
        assertTrue(TrackingCode.parse("A".repeat(1000)).isEmpty());
    }

    @Test
    void theCodeHidesInLogs() {
        assertEquals("TrackingCode[hidden]", TrackingCode.random(new SecureRandom()).toString());
    }
}
