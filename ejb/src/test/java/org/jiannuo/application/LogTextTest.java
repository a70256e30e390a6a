package org.jiannuo.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aFileNameWithLineBreaksStaysOnOneLine() {
        String forged = "总结.pdf\r\n2026-11-29 SEVERE [root@platform] tenant dropped";
        String logged = LogText.quoted(forged);
        assertFalse(logged.contains("\n") || logged.contains("\r"), logged);
        assertEquals("\"总结.pdf\\u000d\\u000a2026-11-29 SEVERE [root@platform] tenant dropped\"", logged);
    }

    @Test
    void quotesBackslashesAndInvisibleSeparatorsAreEscapedToo() {
        assertEquals("\"a\\u0022b\\u005cc\\u2028d\\u0085e\\u202ef\"", LogText.quoted("a\"b\\c\u2028d\u0085e\u202Ef"));
        assertEquals("\"\"", LogText.quoted(null));
    }

    @Test
    void longTextIsShortened() {
        String logged = LogText.quoted("名".repeat(500));
        assertEquals(LogText.LONGEST + 3, logged.length(), "quotes and an ellipsis around the longest kept");
    }
}
