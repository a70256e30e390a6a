package org.jiannuo.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiannuo.domain.model.organization.Appointment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.organization.Post;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Which grants follow from which posts: the one rule behind every role of a person's account. */
class PostGrantsTest {

    private final OrgUnit committee = unit(OrgUnit.root(OrgUnitType.COMMITTEE, "城关镇党委"), 1L, null);
    private final OrgUnit branch = unit(committee.addChild(OrgUnitType.BRANCH, "东岭村党支部"), 2L, committee);
    private final OrgUnit otherBranch = unit(committee.addChild(OrgUnitType.BRANCH, "西岭村党支部"), 3L, committee);
    private final Person person = withId(new Person(branch, "王秀英",
            IdCardNumber.withCheckCharacter("41052319800101007"), PartyStatus.FULL_MEMBER), 7L);
    private final UserAccount account = UserAccount.forPerson("wxy01", "hash", person, true);

    @Test
    void aPersonWithoutPostsHoldsTheMembersGrantOverTheirOwnBranch() {
        assertEquals(List.of(over(Role.MEMBER, branch)), PostGrants.of(account, List.of(), List.of(), List.of()));
    }

    @Test
    void aSecretaryOfABranchIsItsBranchSecretaryAndOfACommitteeItsCommitteeSecretary() {
        assertEquals(List.of(over(Role.MEMBER, branch), over(Role.BRANCH_SECRETARY, branch),
                        over(Role.COMMITTEE_SECRETARY, committee)),
                PostGrants.of(account, List.of(branch, committee), List.of(), List.of()));
    }

    @Test
    void postsAddUpAndTenantWidePostsCoverTheTenant() {
        List<Post> posts = List.of(new Post(Appointment.BRANCH_STAFF, person, branch, LocalDate.now()),
                new Post(Appointment.LEADER, person, otherBranch, LocalDate.now()),
                new Post(Appointment.DEPARTMENT_ADMIN, person, null, LocalDate.now()));

        assertEquals(List.of(over(Role.MEMBER, branch), over(Role.ADMINISTRATIVE_HEAD, otherBranch),
                        over(Role.BRANCH_STAFF, branch), over(Role.LEADER, otherBranch), Grant.tenantWide(Role.DEPARTMENT_ADMIN)),
                PostGrants.of(account, List.of(), List.of(otherBranch), posts));
    }

    @Test
    void aDissolvedUnitGrantsNothing() {
        otherBranch.dissolve(LocalDate.now(), 0, 0);

        assertEquals(List.of(over(Role.MEMBER, branch)), PostGrants.of(account, List.of(), List.of(otherBranch),
                List.of()));
    }

    @Test
    void anAccountWithoutAPersonKeepsTheRolesItWasOpenedWith() {
        UserAccount leader = new UserAccount("lingdao", "hash", "领导", Set.of(Role.LEADER), null);

        assertEquals(List.of(Grant.tenantWide(Role.LEADER)), PostGrants.of(leader, List.of(), List.of(), List.of()));
    }

    @Test
    void branchStaffBelongToABranchAndItsPeople() {
        assertThrows(RuleViolation.class, () -> new Post(Appointment.BRANCH_STAFF, person, committee, LocalDate.now()));
        assertThrows(RuleViolation.class, () -> new Post(Appointment.BRANCH_STAFF, person, otherBranch, LocalDate.now()));
        assertThrows(IllegalArgumentException.class, () -> new Post(Appointment.SECRETARY, person, branch, LocalDate.now()));
        assertThrows(IllegalArgumentException.class,
                () -> new Post(Appointment.DEPARTMENT_ADMIN, person, branch, LocalDate.now()));
    }

    @Test
    void aTransferOutOfTheBranchEndsItsStaffPostButNotALeadersPost() {
        Post staff = new Post(Appointment.BRANCH_STAFF, person, branch, LocalDate.now());
        Post leader = new Post(Appointment.LEADER, person, branch, LocalDate.now());

        assertEquals(false, staff.fitsMemberOf(otherBranch));
        assertEquals(true, staff.fitsMemberOf(branch));
        assertEquals(true, leader.fitsMemberOf(otherBranch));
    }

    @Test
    void aGrantBringsItsUnitsPlaceInTheTree() {
        assertEquals("/1/2/", PostGrants.of(account, List.of(), List.of(), List.of()).get(0).unitPath());
    }

    private static Grant over(Role role, OrgUnit unit) {
        return new Grant(role, unit.getId(), unit.getTreePath());
    }

    private static OrgUnit unit(OrgUnit unit, long id, OrgUnit parent) {
        withId(unit, id);
        unit.completeTreePath();
        return unit;
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
