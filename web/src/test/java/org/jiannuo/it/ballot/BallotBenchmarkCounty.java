package org.jiannuo.it.ballot;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jiannuo.application.PasswordHasher;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.IdCardNumber;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;

/**
 * Benchmark data only: a committee with branches below it and as many voters as asked, each with a
 * login of their own (one password hash shared, since hashing is not what is measured). The branch
 * secretaries come first among the voters, the rest belong to the committee itself, so that its
 * secretaries' meeting has every voter on its roster and the branches as its subjects.
 */
@Stateless
@TenantScoped
public class BallotBenchmarkCounty {

    @Inject
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher passwordHasher;

    /** @return the committee's id */
    public long create(int branches, int voters, String usernamePrefix, String password) {
        OrgUnit committee = OrgUnit.root(OrgUnitType.COMMITTEE, "投票基准测试党委");
        units.store(committee);
        List<OrgUnit> branchUnits = new ArrayList<>();
        for (int b = 0; b < branches; b++) {
            OrgUnit branch = committee.addChild(OrgUnitType.BRANCH, String.format("第%02d党支部", b + 1));
            units.store(branch);
            branchUnits.add(branch);
        }
        String hash = passwordHasher.hash(password);
        List<Person> created = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            OrgUnit unit = v < branches ? branchUnits.get(v) : committee;
            String first17 = "110101" + String.format("%04d%02d%02d%03d", 1960 + v % 40, v % 12 + 1, v % 28 + 1,
                    v / 336 * 2 + 1);
            created.add(new Person(unit, "投票人" + chineseDigits(v + 1), IdCardNumber.withCheckCharacter(first17),
                    PartyStatus.FULL_MEMBER));
        }
        people.storeAll(created);
        for (int b = 0; b < branches; b++) {
            branchUnits.get(b).appointSecretary(created.get(b));
        }
        for (int v = 0; v < voters; v++) {
            UserAccount account = new UserAccount(String.format("%s%04d", usernamePrefix, v + 1), hash,
                    created.get(v).getName(), Set.of(Role.MEMBER), created.get(v).getOrgUnit());
            account.linkPerson(created.get(v));
            accounts.store(account);
        }
        return committee.getId();
    }

    /** A name is letters (see Person): 12 becomes 〇〇一二. */
    private static String chineseDigits(int number) {
        return String.format("%04d", number).chars().mapToObj(digit -> String.valueOf("〇一二三四五六七八九".charAt(digit - '0')))
                .collect(java.util.stream.Collectors.joining());
    }
}
