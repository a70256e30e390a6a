package org.jiannuo.it.organization;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.Fixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.audit.AuditLog;
import org.jiannuo.application.audit.AuditSearch;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonRow;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.people.PersonSortField;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.Appointment;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.jiannuo.infrastructure.generator.ProvisionedCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The organization tree through the service layer: what each role sees, and every change with its rules. */
@ExtendWith(ArquillianExtension.class)
class OrganizationTreeIT {

    private static final String TENANT = "it-tree";

    @EJB
    CountyProvisioning provisioning;

    @EJB
    AccountAuthentication authentication;

    @EJB
    OrganizationTree tree;

    @EJB
    AuditLog auditLog;

    @EJB
    PeopleDirectory people;

    private AsUser admin;
    private AsUser committeeSecretary;
    private AsUser branchSecretary;
    private AsUser member;

    @BeforeEach
    void county() throws Exception {
        if (!provisioning.exists(TENANT)) {
            ProvisionedCounty county = provisioning.provision(TENANT, "组织架构测试", new CountyPlan("测试县", 2, 4, 5, 7),
                    Fixtures.PASSWORD);
            assertTrue(county.units() > 8);
        }
        admin = AsUser.login(authentication, TENANT, StandardLogin.ADMIN.username());
        committeeSecretary = AsUser.login(authentication, TENANT, StandardLogin.COMMITTEE_SECRETARY.username());
        branchSecretary = AsUser.login(authentication, TENANT, StandardLogin.BRANCH_SECRETARY.username());
        member = AsUser.login(authentication, TENANT, StandardLogin.MEMBER.username());
    }

    @Test
    void eachRoleSeesItsOwnTopOfTheTree() {
        assertEquals(2, admin.call(() -> tree.children(null)).size());
        List<UnitNode> secretaryTop = branchSecretary.call(() -> tree.children(null));
        assertEquals(1, secretaryTop.size());
        assertEquals(OrgUnitType.BRANCH, secretaryTop.get(0).type());
        assertTrue(member.call(() -> tree.children(null)).isEmpty());

        UnitNode committee = admin.call(() -> tree.children(null)).get(0);
        long peopleBelow = admin.call(() -> tree.children(committee.id())).stream()
                .mapToLong(UnitNode::peopleInSubtree).sum();
        assertEquals(committee.peopleInSubtree(), peopleBelow, "a committee's count is its children's counts");
    }

    @Test
    void createAndRenameAreAuditedAndCheckedForScope() {
        UnitNode committee = admin.call(() -> tree.children(null)).get(0);
        UnitNode created = admin.call(() -> tree.create(committee.id(), OrgUnitType.BRANCH, "新建第一党支部"));
        UnitNode renamed = admin.call(() -> tree.rename(created.id(), "新建第二党支部"));

        assertEquals("新建第二党支部", renamed.name());
        assertEquals(2, admin.call(() -> auditLog.search(new AuditSearch(null, "OrgUnit", created.id(), null, 0, 10)))
                .total());
        assertThrows(RuleViolation.class, () -> admin.call(() -> tree.rename(created.id(), "  ")));
        assertThrows(AccessDeniedException.class,
                () -> branchSecretary.call(() -> tree.create(branchSecretary.call(() -> tree.children(null)).get(0).id(),
                        OrgUnitType.BRANCH, "越权新建")));
        assertThrows(AccessDeniedException.class,
                () -> committeeSecretary.call(() -> tree.create(null, OrgUnitType.COMMITTEE, "越权新建党委")));
    }

    @Test
    void movingABranchTakesItsPeopleAlong() {
        List<UnitNode> committees = admin.call(() -> tree.children(null));
        UnitNode from = committees.get(0);
        UnitNode to = committees.get(1);
        UnitNode branch = admin.call(() -> tree.children(from.id())).stream()
                .filter(unit -> unit.type() == OrgUnitType.BRANCH && unit.peopleInSubtree() > 0).findFirst().orElseThrow();

        long auditedBefore = admin.call(() -> auditLog.search(
                new AuditSearch(null, "OrgUnit", branch.id(), AuditAction.UPDATE, 0, 10))).total();
        assertEquals(to.peopleInSubtree(), peopleListedUnder(to.id()));

        admin.call(() -> tree.move(branch.id(), to.id()));

        assertEquals(to.peopleInSubtree() + branch.peopleInSubtree(), peopleListedUnder(to.id()),
                "the people list's count, kept until the roster changes, follows the unit");

        assertEquals(from.peopleInSubtree() - branch.peopleInSubtree(), admin.call(() -> tree.node(from.id())).peopleInSubtree());
        assertEquals(to.peopleInSubtree() + branch.peopleInSubtree(), admin.call(() -> tree.node(to.id())).peopleInSubtree());
        assertTrue(admin.call(() -> tree.children(to.id())).stream().anyMatch(unit -> unit.id() == branch.id()));
        assertEquals(auditedBefore + 1, admin.call(() -> auditLog.search(
                new AuditSearch(null, "OrgUnit", branch.id(), AuditAction.UPDATE, 0, 10))).total());
    }

    /** The total of the people list filtered by the unit, from a page that is always counted. */
    private long peopleListedUnder(long unitId) {
        return admin.call(() -> people.search(new PersonSearch(null, unitId, null, PersonSortField.NAME, true, 1, 1)))
                .total();
    }

    @Test
    void aGeneralBranchMovesWithItsWholeSubtree() {
        List<UnitNode> committees = admin.call(() -> tree.children(null));
        UnitNode generalBranch = admin.call(() -> tree.children(committees.get(1).id())).stream()
                .filter(unit -> unit.type() == OrgUnitType.GENERAL_BRANCH).findFirst().orElseThrow();
        List<UnitNode> before = admin.call(() -> tree.children(generalBranch.id()));

        admin.call(() -> tree.move(generalBranch.id(), committees.get(0).id()));

        UnitNode moved = admin.call(() -> tree.node(generalBranch.id()));
        assertEquals(generalBranch.peopleInSubtree(), moved.peopleInSubtree(), "the branches below moved too");
        assertEquals(before.stream().map(UnitNode::id).toList(),
                admin.call(() -> tree.children(generalBranch.id())).stream().map(UnitNode::id).toList());
        admin.call(() -> tree.children(generalBranch.id()))
                .forEach(branch -> assertEquals(moved.depth() + 1, branch.depth(), "depth follows the move"));
    }

    @Test
    void movesThatBreakTheTreeAreRefused() {
        UnitNode committee = admin.call(() -> tree.children(null)).get(0);
        UnitNode branch = admin.call(() -> tree.children(committee.id())).stream()
                .filter(unit -> unit.type() == OrgUnitType.BRANCH).findFirst().orElseThrow();

        RuleViolation intoOwnSubtree = assertThrows(RuleViolation.class,
                () -> admin.call(() -> tree.move(committee.id(), branch.id())));
        assertEquals("unit.moveIntoOwnSubtree", intoOwnSubtree.code());
        UnitNode otherBranch = admin.call(() -> tree.children(admin.call(() -> tree.children(null)).get(1).id()))
                .stream().filter(unit -> unit.type() == OrgUnitType.BRANCH).findFirst().orElseThrow();
        assertEquals("unit.cannotContain", assertThrows(RuleViolation.class,
                () -> admin.call(() -> tree.move(branch.id(), otherBranch.id()))).code());
        assertFalse(admin.call(() -> tree.moveTargets(branch.id(), "")).stream()
                .anyMatch(target -> target.type() == OrgUnitType.BRANCH), "a branch never offered as a parent");
    }

    @Test
    void mergingABranchMovesItsPeopleAndDissolvesIt() {
        UnitNode committee = admin.call(() -> tree.children(null)).get(1);
        List<UnitNode> branches = admin.call(() -> tree.children(committee.id())).stream()
                .filter(unit -> unit.type() == OrgUnitType.BRANCH && !unit.dissolved() && unit.peopleInSubtree() > 0)
                .toList();
        UnitNode source = branches.get(0);
        UnitNode target = branches.get(1);

        UnitNode merged = admin.call(() -> tree.merge(source.id(), target.id()));

        assertEquals(target.peopleInSubtree() + source.peopleInSubtree(), merged.peopleInSubtree());
        UnitNode dissolved = admin.call(() -> tree.node(source.id()));
        assertTrue(dissolved.dissolved());
        assertEquals(0, dissolved.peopleInSubtree());
        assertEquals("unit.mergeBranchesOnly", assertThrows(RuleViolation.class,
                () -> admin.call(() -> tree.merge(target.id(), committee.id()))).code());
    }

    @Test
    void aSecretaryIsAFullMemberOfTheUnitAndTheFormerOneStepsDown() {
        UnitNode committee = admin.call(() -> tree.children(null)).get(0);
        UnitNode branch = admin.call(() -> tree.children(committee.id())).stream()
                .filter(unit -> unit.type() == OrgUnitType.BRANCH && !unit.dissolved() && unit.peopleInSubtree() > 2)
                .filter(unit -> !unit.secretaryName().equals(committee.secretaryName()))
                .findFirst().orElseThrow();
        List<PersonRow> members = admin.call(() -> people.search(
                new PersonSearch(null, branch.id(), null, PersonSortField.NAME, true, 0, 100))).rows();
        PersonRow newSecretary = members.stream()
                .filter(row -> row.partyStatus() == PartyStatus.FULL_MEMBER && !row.name().equals(branch.secretaryName()))
                .findFirst().orElseThrow();

        UnitNode appointed = admin.call(() -> tree.appoint(branch.id(), Appointment.SECRETARY, newSecretary.id()));

        assertEquals(newSecretary.name(), appointed.secretaryName());
        assertTrue(admin.call(() -> people.details(newSecretary.id())).secretary());
        PersonRow former = members.stream().filter(row -> row.name().equals(branch.secretaryName())).findFirst()
                .orElseThrow();
        assertFalse(admin.call(() -> people.details(former.id())).secretary(), "the former secretary steps down");
        members.stream().filter(row -> row.partyStatus() != PartyStatus.FULL_MEMBER).findFirst().ifPresent(notFull ->
                assertEquals("unit.secretaryMustBeFullMember", assertThrows(RuleViolation.class,
                        () -> admin.call(() -> tree.appoint(branch.id(), Appointment.SECRETARY, notFull.id()))).code()));
        PersonRow elsewhere = admin.call(() -> people.search(
                new PersonSearch(null, null, null, PersonSortField.NAME, true, 0, 500))).rows().stream()
                .filter(row -> members.stream().noneMatch(member -> member.id() == row.id())).findFirst().orElseThrow();
        assertEquals("unit.appointeeOutside", assertThrows(RuleViolation.class,
                () -> admin.call(() -> tree.appoint(branch.id(), Appointment.ADMINISTRATIVE_HEAD, elsewhere.id()))).code());
    }

    @Test
    void onlyAnEmptyUnitIsDissolvedAndItStaysInTheTree() {
        UnitNode committee = admin.call(() -> tree.children(null)).get(0);
        UnitNode populated = admin.call(() -> tree.children(committee.id())).stream()
                .filter(unit -> unit.peopleInSubtree() > 0 && unit.type() == OrgUnitType.BRANCH).findFirst().orElseThrow();
        assertEquals("unit.dissolveNotEmpty", assertThrows(RuleViolation.class,
                () -> admin.call(() -> tree.dissolve(populated.id()))).code());

        UnitNode empty = admin.call(() -> tree.create(committee.id(), OrgUnitType.BRANCH, "待撤销党支部"));
        UnitNode dissolved = admin.call(() -> tree.dissolve(empty.id()));

        assertTrue(dissolved.dissolved());
        assertTrue(admin.call(() -> tree.children(committee.id())).stream().anyMatch(unit -> unit.id() == empty.id()));
        assertEquals("unit.dissolved", assertThrows(RuleViolation.class,
                () -> admin.call(() -> tree.rename(empty.id(), "复活"))).code());
    }
}
