package org.jiannuo.infrastructure.generator;

import org.jiannuo.application.StandardLogin;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.Person;

/**
 * Whom the demo's logins stand for, read from the accounts as provisioning linked them: the member
 * ({@code dangyuan}) and their branch, whose secretary ({@code zhibu}) reviews and keeps the meetings, and
 * the committee of {@code dangwei}, which reviews its branches' own commitments.
 */
record DemoLogins(Person member, OrgUnit branch, Person branchSecretary, OrgUnit committee) {

    static DemoLogins read(UserAccountRepository accounts, OrgUnitRepository units) {
        UserAccount member = account(accounts, StandardLogin.MEMBER);
        UserAccount secretary = account(accounts, StandardLogin.BRANCH_SECRETARY);
        UserAccount committeeSecretary = account(accounts, StandardLogin.COMMITTEE_SECRETARY);
        if (member.getPerson() == null) {
            throw new IllegalStateException("The demo member's account is linked to no person");
        }
        // A person's account names no unit of its own: the committee is the one whose secretary dangwei is.
        OrgUnit committee = units.unitsWithSecretary(committeeSecretary.getPerson().getId()).stream()
                .filter(unit -> unit.getType() != OrgUnitType.BRANCH).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo's committee secretary leads no committee"));
        return new DemoLogins(member.getPerson(), member.getPerson().getOrgUnit(), secretary.getPerson(), committee);
    }

    private static UserAccount account(UserAccountRepository accounts, StandardLogin login) {
        return accounts.findByUsername(login.username())
                .orElseThrow(() -> new IllegalStateException("The demo has no account " + login.username()));
    }

    boolean isLogin(Person person) {
        return person.getId().equals(member.getId())
                || branchSecretary != null && person.getId().equals(branchSecretary.getId());
    }
}
