package org.jiannuo.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimePasswordsTest {

    private final OneTimePasswords passwords = new OneTimePasswords();

    @Test
    void threeGroupsOfFourFromTheUnambiguousAlphabet() {
        for (int i = 0; i < 1000; i++) {
            String password = passwords.next();
            assertTrue(password.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"), password);
        }
        assertEquals(32, OneTimePasswords.ALPHABET.length(), "five bits a character, sixty in all");
        for (char ambiguous : "0O1lI".toCharArray()) {
            assertTrue(OneTimePasswords.ALPHABET.indexOf(ambiguous) < 0, "no " + ambiguous);
        }
    }

    @Test
    void everyCharacterOfTheAlphabetIsDrawnAndNoPasswordRepeats() {
        Set<String> seen = new HashSet<>();
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String password = passwords.next();
            assertTrue(seen.add(password), "repeated: " + password);
            password.chars().filter(c -> c != '-').forEach(c -> used.add((char) c));
        }
        assertEquals(32, used.size(), "all 32 characters appear in 120,000 draws");
    }

    @Test
    void passesThePasswordPolicy() {
        PasswordPolicy policy = new PasswordPolicy();
        for (int i = 0; i < 10_000; i++) {
            policy.check(passwords.next(), "wangxiuying", "13812345678", "41010519850312002X");
        }
    }
}
