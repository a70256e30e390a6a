package org.jiannuo.domain.model.publicity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicKeyTest {

    @Test
    void aNewKeyIs22UrlSafeCharactersAndNeverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String key = PublicKey.random().value();
            assertEquals(22, key.length());
            assertTrue(key.matches("[A-Za-z0-9_-]+"), key);
            assertTrue(seen.add(key));
        }
    }

    @Test
    void theMigrationsHexKeysAreKeysToo() {
        assertEquals("0f8fad5bd9cb469fa16570867728950e",
                PublicKey.parse("0f8fad5bd9cb469fa16570867728950e").orElseThrow().value());
    }

    @Test
    void anythingElseIsNoKey() {
        for (String text : new String[] {null, "", "42", "abc", "x".repeat(33), "aaaaaaaaaaaaaaaaaaaaa/", "' OR 1=1 --aaaaaaaaaaa",
                "<script>aaaaaaaaaaaaaaaaa"}) {
            assertTrue(PublicKey.parse(text).isEmpty(), String.valueOf(text));
        }
        assertThrows(IllegalArgumentException.class, () -> new PublicKey("1"));
        assertNotEquals(PublicKey.random(), PublicKey.random());
    }
}
