package org.jiannuo.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final LocalDateTime now = LocalDateTime.of(2026, 2, 28, 23, 50);
    private final UserAccount account = new UserAccount("zhibu", "hash", "张伟", Set.of(Role.BRANCH_SECRETARY), null);

    @Test
    void theDelayStartsAtTheLimitDoublesAndStopsAtTheLongest() {
        LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));

        assertEquals(Optional.empty(), policy.delayAfter(4));
        assertEquals(Optional.of(Duration.ofSeconds(30)), policy.delayAfter(5));
        assertEquals(Optional.of(Duration.ofSeconds(60)), policy.delayAfter(6));
        assertEquals(Optional.of(Duration.ofMinutes(8)), policy.delayAfter(9));
        assertEquals(Optional.of(Duration.ofMinutes(15)), policy.delayAfter(10), "never longer than the longest");
        assertEquals(Optional.of(Duration.ofMinutes(15)), policy.delayAfter(1_000));
    }

    @Test
    void aOneStrikePolicyDelaysAtOnce() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), new LockoutPolicy(1, Duration.ofMinutes(1)).delayAfter(1));
    }

    @Test
    void aNewTokensFirstUseIsNotedAndUsesAreNotedEveryFiveMinutesAtMost() {
        ApiToken token = new ApiToken(account, "script", "hash", now, now.plusDays(30));

        assertTrue(token.isUseWorthNotingAt(now));
        assertEquals(now.minusMinutes(5), ApiToken.useNotedSince(now));
    }

    @Test
    void aResetIssuesAOneTimePasswordAndEndsTheSessions() {
        int epoch = account.getSessionEpoch();

        account.resetPassword("otp-hash");

        assertTrue(account.isMustChangePassword());
        assertEquals("otp-hash", account.getPasswordHash());
        assertEquals(epoch + 1, account.getSessionEpoch());
    }

    @Test
    void choosingOnesOwnPasswordEndsTheOneTimePasswordAndOtherSessions() {
        account.resetPassword("otp-hash");
        int epoch = account.getSessionEpoch();

        account.changePassword("own-hash", now);

        assertFalse(account.isMustChangePassword());
        assertEquals(now, account.getPasswordChangedAt());
        assertEquals(epoch + 1, account.getSessionEpoch());
    }

    @Test
    void disablingEndsTheSessionsOnceAndEnablingKeepsThemEnded() {
        int epoch = account.getSessionEpoch();

        account.disable();
        account.disable();
        account.enable();

        assertTrue(account.isEnabled());
        assertEquals(epoch + 1, account.getSessionEpoch(), "a session from before the disabling stays ended");
    }

    @Test
    void refusesBadUsernamesAndEmptyRoles() {
        assertThrows(IllegalArgumentException.class, () -> new UserAccount("a b", "h", "x", Set.of(Role.MEMBER), null));
        assertThrows(IllegalArgumentException.class, () -> new UserAccount("ab", "h", "x", Set.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
    }

    @Test
    void rolesSurviveTheColumnRoundTrip() {
        RoleSetConverter converter = new RoleSetConverter();
        Set<Role> roles = Set.of(Role.MEMBER, Role.BRANCH_SECRETARY);

        String column = converter.convertToDatabaseColumn(roles);

        assertEquals("BRANCH_SECRETARY,MEMBER", column);
        assertEquals(roles, converter.convertToEntityAttribute(column));
        assertTrue(converter.convertToEntityAttribute("").isEmpty());
    }
}
