package org.jiannuo.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class PersonDepartureTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 28);

    private final OrgUnit committee = OrgUnit.root(OrgUnitType.COMMITTEE, "城关镇党委");
    private final OrgUnit branch = committee.addChild(OrgUnitType.BRANCH, "东岭村党支部");
    private final Person person = new Person(branch, "王秀英", IdCardNumber.withCheckCharacter("41052319800101002"),
            PartyStatus.FULL_MEMBER);

    @Test
    void leavingEndsTheOpenStayAndKeepsEverythingElse() {
        Membership open = new Membership(person, branch, LocalDate.of(2020, 5, 1), null);

        Membership ended = person.leave(Departure.TRANSFERRED_OUT, DAY, Optional.of(open));

        assertEquals(open, ended);
        assertEquals(DAY, ended.getLeftOn());
        assertTrue(person.hasDeparted());
        assertEquals(Departure.TRANSFERRED_OUT, person.getDeparture());
        assertEquals(DAY, person.getDepartedOn());
        assertEquals(branch, person.getOrgUnit(), "the last unit stays, for the ledger");
        assertEquals("王秀英", person.getName());
    }

    @Test
    void withoutARecordedStayTheStayBeforeIsRecordedAndEnded() {
        Membership ended = person.leave(Departure.DECEASED, DAY, Optional.empty());

        assertNull(ended.getJoinedOn(), "its start is not known");
        assertEquals(DAY, ended.getLeftOn());
        assertEquals(branch, ended.getOrgUnit());
    }

    @Test
    void someoneWhoLeftNeitherLeavesAgainNorMovesNorChanges() {
        assertFalse(person.hasDeparted());
        person.leave(Departure.LEFT_PARTY, DAY, Optional.empty());

        assertEquals("person.departed", assertThrows(RuleViolation.class,
                () -> person.leave(Departure.DECEASED, DAY.plusDays(1), Optional.empty())).code());
        OrgUnit other = committee.addChild(OrgUnitType.BRANCH, "西岭村党支部");
        assertEquals("person.departed", assertThrows(RuleViolation.class,
                () -> person.transferTo(other, DAY.plusDays(1), Optional.empty())).code());
        assertEquals("person.departed", assertThrows(RuleViolation.class,
                () -> person.revise(PersonProfile.of(person))).code());
    }

    @Test
    void theAccountOfSomeoneWhoLeftStaysDisabled() {
        UserAccount account = UserAccount.forPerson("wxy01", "hash", person, true);
        account.disable();
        person.leave(Departure.TRANSFERRED_OUT, DAY, Optional.empty());

        assertEquals("account.personDeparted", assertThrows(RuleViolation.class, account::enable).code());
        assertFalse(account.isEnabled());
    }
}
