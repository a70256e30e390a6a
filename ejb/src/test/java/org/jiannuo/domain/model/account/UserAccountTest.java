package org.jiannuo.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final LockoutPolicy THREE_STRIKES = new LockoutPolicy(3, Duration.ofMinutes(15));
    private final LocalDateTime now = LocalDateTime.of(2026, 2, 28, 23, 50);
    private final UserAccount account = new UserAccount("zhibu", "hash", "张伟", Set.of(Role.BRANCH_SECRETARY), null);

    @Test
    void locksOnTheFailureThatReachesTheLimitNotBefore() {
        account.recordFailedLogin(now, THREE_STRIKES);
        account.recordFailedLogin(now, THREE_STRIKES);
        assertFalse(account.isLockedAt(now));

        account.recordFailedLogin(now, THREE_STRIKES);

        assertTrue(account.isLockedAt(now));
        assertTrue(account.isLockedAt(now.plusMinutes(14).plusSeconds(59)));
        assertFalse(account.isLockedAt(now.plusMinutes(15)), "lock ends after its duration, across month end");
    }

    @Test
    void successResetsTheCount() {
        account.recordFailedLogin(now, THREE_STRIKES);
        account.recordFailedLogin(now, THREE_STRIKES);
        account.recordSuccessfulLogin();
        account.recordFailedLogin(now, THREE_STRIKES);

        assertFalse(account.isLockedAt(now));
        assertEquals(1, account.getFailedLogins());
    }

    @Test
    void oneStrikePolicyLocksAtOnce() {
        account.recordFailedLogin(now, new LockoutPolicy(1, Duration.ofMinutes(1)));
        assertTrue(account.isLockedAt(now));
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
