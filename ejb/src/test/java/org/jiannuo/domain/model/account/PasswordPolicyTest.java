package org.jiannuo.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String USERNAME = "wangxiuying";
    private static final String PHONE = "13812345678";
    private static final String ID_CARD = "41010519850312002X";

    private final PasswordPolicy policy = new PasswordPolicy();

    private Optional<String> broken(String password) {
        return policy.firstBroken(password, USERNAME, PHONE, ID_CARD).map(RuleViolation::code);
    }

    @Test
    void tenCharactersAreEnoughNineAreNot() {
        assertEquals(Optional.of("password.tooShort"), broken("Tz7#kq9Lm"));
        assertEquals(Optional.empty(), broken("Tz7#kq9Lmw"));
        RuleViolation tooShort = assertThrows(RuleViolation.class,
                () -> policy.check("Tz7#kq9Lm", USERNAME, PHONE, ID_CARD));
        assertEquals(10, tooShort.arguments()[0], "the message names the minimum");
        assertEquals(Optional.of("password.tooShort"), broken(null));
    }

    @Test
    void charactersNotCodeUnitsAreCounted() {
        assertEquals(Optional.of("password.tooShort"), broken("践诺承诺评诺一讲二"), "nine Chinese characters");
        assertEquals(Optional.empty(), broken("践诺承诺评诺一讲二评"));
    }

    @Test
    void theMinimumIsTheConstructorsButNeverBelowEight() {
        PasswordPolicy twelve = new PasswordPolicy(12);
        assertEquals(Optional.of("password.tooShort"),
                twelve.firstBroken("Tz7#kq9Lmwx", USERNAME, PHONE, ID_CARD).map(RuleViolation::code));
        assertEquals(Optional.empty(), twelve.firstBroken("Tz7#kq9Lmwxy", USERNAME, PHONE, ID_CARD));
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(7));
        assertEquals(8, new PasswordPolicy(8).minimumLength());
    }

    @Test
    void oneCharacterRepeatedIsRefused() {
        assertEquals(Optional.of("password.repeated"), broken("zzzzzzzzzzzz"));
        assertEquals(Optional.of("password.repeated"), broken("践践践践践践践践践践"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wangxiuying", "WangXiuying!2026", "my-WANGXIUYING-pw", "gniyuixgnaw#2026"})
    void theUsernameInAnyCaseOrBackwardsIsRefused(String password) {
        assertEquals(Optional.of("password.containsUsername"), broken(password));
    }

    @Test
    void aVeryShortUsernameIsOnlyRefusedAsTheWholePassword() {
        assertEquals(Optional.empty(), policy.firstBroken("Zhongli#Tz7q", "li", null, null),
                "a two-letter username inside a longer password is a coincidence");
        assertEquals(Optional.empty(), policy.firstBroken("Tz7#kq9Lmw", null, null, null), "no person");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "tel13812345678", "138-1234-5678!", "138 1234 5678x", "87654321831a"})
    void thePhoneNumberAlsoWithSeparatorsOrBackwardsIsRefused(String password) {
        assertEquals(Optional.of("password.containsPhone"), broken(password));
    }

    @Test
    void aLandlineAsRecordedIsFoundInThePassword() {
        assertEquals(Optional.of("password.containsPhone"),
                policy.firstBroken("Home0371-63212345", USERNAME, "0371-63212345", ID_CARD).map(RuleViolation::code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"41010519850312002X", "id41010519850312002x", "X20021305891501014"})
    void theIdCardNumberInAnyCaseOrBackwardsIsRefused(String password) {
        assertEquals(Optional.of("password.containsIdCard"), broken(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password123", "PassWord123", "QWERTYUIOP", "1qaz2wsx3edc", "1QAZ2WSX3EDC", "Woaini1314",
        "woaini1314", "ZHANG123456", "correct horse battery staple", "5201314520", "147258369a", "Huawei@123", "a123456789"})
    void commonPasswordsInAnyCaseAreRefused(String password) {
        assertEquals(Optional.of("password.common"), broken(password));
    }

    @Test
    void aGoodPasswordIsAccepted() {
        policy.check("青山东岭2026记实不断", USERNAME, PHONE, ID_CARD);
        policy.check("Tz7#kq9Lmw", USERNAME, PHONE, ID_CARD);
        assertTrue(broken("lantern-river-7-breeze").isEmpty());
    }

    @Test
    void theListHoldsBothSourcesLowercased() {
        int size = CommonPasswords.size();
        assertTrue(size > 35_000 && size < 60_000, "entries of eight characters or more: " + size);
        assertTrue(CommonPasswords.contains("BASKETBALL"), "from the general list");
        assertTrue(CommonPasswords.contains("WoAiNi520"), "from the Chinese list");
    }
}
