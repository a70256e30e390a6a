package org.jiannuo.it.platform;

import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.Fixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jiannuo.application.AccountAuthentication;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.audit.AuditLog;
import org.jiannuo.application.audit.AuditSearch;
import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.people.PeopleDirectory;
import org.jiannuo.application.people.PersonDetails;
import org.jiannuo.application.people.PersonNotFoundException;
import org.jiannuo.application.people.PersonRow;
import org.jiannuo.application.people.PersonSearch;
import org.jiannuo.application.people.PersonSortField;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.tenant.TenantAdministration;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.PersonProfile;
import org.jiannuo.infrastructure.generator.CountyPlan;
import org.jiannuo.infrastructure.generator.CountyProvisioning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every standard role against every guarded action of the services: who is let through and who
 * is refused. One table, so that a change to the access rules shows up as a changed row.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    private static final String TENANT = "it-roles";

    @EJB
    CountyProvisioning provisioning;

    @EJB
    AccountAuthentication authentication;

    @EJB
    PeopleDirectory directory;

    @EJB
    OrganizationTree tree;

    @EJB
    AuditLog auditLog;

    @EJB
    TenantAdministration tenants;

    @Test
    void eachRoleIsAllowedExactlyWhatItsScopeGives() throws Exception {
        if (!provisioning.exists(TENANT)) {
            provisioning.provision(TENANT, "权限矩阵测试", new CountyPlan("测试县", 2, 3, 10, 11), Fixtures.PASSWORD);
        }
        AsUser admin = AsUser.login(authentication, TENANT, StandardLogin.ADMIN.username());
        AsUser branchSecretary = AsUser.login(authentication, TENANT, StandardLogin.BRANCH_SECRETARY.username());
        AsUser memberLogin = AsUser.login(authentication, TENANT, StandardLogin.MEMBER.username());
        AsUser headLogin = AsUser.login(authentication, TENANT, StandardLogin.ADMINISTRATIVE_HEAD.username());
        List<PersonRow> branch = branchSecretary.call(() -> directory.search(everyone())).rows();
        PersonRow ordinaryMember = branch.stream()
                .filter(row -> row.partyStatus() == PartyStatus.FULL_MEMBER)
                .filter(row -> row.id() != branchSecretary.account().personId()
                        && row.id() != memberLogin.account().personId() && row.id() != headLogin.account().personId())
                .findFirst().orElseThrow();
        AsUser committeeSecretary = AsUser.login(authentication, TENANT, StandardLogin.COMMITTEE_SECRETARY.username());
        Set<Long> firstCommitteesPeople = new HashSet<>(committeeSecretary.call(() -> directory.search(everyone())).rows()
                .stream().map(PersonRow::id).toList());
        PersonRow inOtherCommittee = admin.call(() -> directory.search(everyone())).rows().stream()
                .filter(row -> !firstCommitteesPeople.contains(row.id()))
                .findFirst().orElseThrow();
        UnitNode firstCommittee = admin.call(() -> tree.children(null)).get(0);

        Map<String, Consumer<AsUser>> actions = new LinkedHashMap<>();
        actions.put("read someone in another committee", user -> user.call(() -> directory.details(inOtherCommittee.id())));
        actions.put("edit a member of the first branch", user -> user.call(() -> {
            PersonDetails details = admin.call(() -> directory.details(ordinaryMember.id()));
            PersonProfile p = details.profile();
            return directory.revise(ordinaryMember.id(), details.version(), new PersonProfile(p.name(), p.phone(), p.email(),
                    p.partyStatus(), p.post(), p.assignedPost(), p.leadingCadreLevel(), p.retired(), !p.infirm(),
                    p.floating(), p.floatingLocation(), p.villageCategory()));
        }));
        actions.put("create a branch in the first committee", user -> user.call(() ->
                tree.create(firstCommittee.id(), OrgUnitType.BRANCH, "矩阵测试党支部")));
        actions.put("read the audit trail", user -> user.call(() -> auditLog.search(new AuditSearch(null, null, null, null, 0, 5))));
        actions.put("list tenants", user -> user.call(tenants::list));

        Map<String, Set<StandardLogin>> expected = Map.of(
                "read someone in another committee", EnumSet.of(StandardLogin.ADMIN, StandardLogin.LEADER),
                "edit a member of the first branch",
                EnumSet.of(StandardLogin.ADMIN, StandardLogin.COMMITTEE_SECRETARY, StandardLogin.BRANCH_SECRETARY),
                "create a branch in the first committee", EnumSet.of(StandardLogin.ADMIN, StandardLogin.COMMITTEE_SECRETARY),
                "read the audit trail", EnumSet.of(StandardLogin.ADMIN),
                "list tenants", EnumSet.noneOf(StandardLogin.class));

        List<String> mismatches = new ArrayList<>();
        for (StandardLogin login : StandardLogin.values()) {
            AsUser user = AsUser.login(authentication, TENANT, login.username());
            for (Map.Entry<String, Consumer<AsUser>> action : actions.entrySet()) {
                boolean allowed = allowed(action.getValue(), user);
                if (allowed != expected.get(action.getKey()).contains(login)) {
                    mismatches.add(login + (allowed ? " was let through: " : " was refused: ") + action.getKey());
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    private static boolean allowed(Consumer<AsUser> action, AsUser user) {
        try {
            action.accept(user);
            return true;
        } catch (AccessDeniedException | PersonNotFoundException | UnitNotFoundException e) {
            return false;
        }
    }

    private static PersonSearch everyone() {
        return new PersonSearch(null, null, null, PersonSortField.NAME, true, 0, 500);
    }
}
