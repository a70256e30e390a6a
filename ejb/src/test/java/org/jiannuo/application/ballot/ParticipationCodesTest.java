package org.jiannuo.application.ballot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipationCodesTest {

    @Test
    void codesAreLongRandomAndReadableOnPaper() {
        List<String> codes = ParticipationCodes.fresh(new SecureRandom(), 500);
        assertEquals(500, new HashSet<>(codes).size(), "no two alike");
        for (String code : codes) {
            assertTrue(code.matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}"), code);
        }
    }

    @Test
    void aCodeIsReadInAnyCaseWithOrWithoutDashes() {
        assertEquals("ABCD2345EFGH6789", ParticipationCodes.normalize(" abcd-2345 efgh-6789 "));
        assertEquals("", ParticipationCodes.normalize(null));
    }
}
