package org.jiannuo.infrastructure.generator;

import org.jiannuo.application.StandardLogin;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;

/**
 * Whom the demo's logins stand for, read from the accounts as provisioning linked them: the member
 * ({@code dangyuan}) and their branch, whose secretary ({@code zhibu}) reviews and keeps the meetings, and
 * the committee of {@code dangwei}, which reviews its branches' own commitments.
 */
record DemoLogins(Person member, OrgUnit branch, Person branchSecretary, OrgUnit committee) {

    static DemoLogins read(UserAccountRepository accounts) {
        UserAccount member = account(accounts, StandardLogin.MEMBER);
        UserAccount secretary = account(accounts, StandardLogin.BRANCH_SECRETARY);
        UserAccount committeeSecretary = account(accounts, StandardLogin.COMMITTEE_SECRETARY);
        if (member.getPerson() == null) {
            throw new IllegalStateException("The demo member's account is linked to no person");
        }
        return new DemoLogins(member.getPerson(), member.getPerson().getOrgUnit(), secretary.getPerson(),
                committeeSecretary.getOrgUnit());
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
