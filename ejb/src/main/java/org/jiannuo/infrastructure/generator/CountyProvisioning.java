package org.jiannuo.infrastructure.generator;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiannuo.application.PasswordHasher;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.application.TableStatistics;
import org.jiannuo.application.tenant.PlatformSetup;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.PartyStatus;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.person.PersonRepository;
import org.jiannuo.domain.model.tenant.TenantRepository;

/**
 * Creates a tenant with a generated county and its standard logins, in one transaction:
 * the demo county on first start, and the fixtures of the test suite.
 */
@Stateless
public class CountyProvisioning {

    @Inject
    TenantRepository tenants;

    @Inject
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PlatformSetup platform;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    TableStatistics statistics;

    public boolean exists(String tenantCode) {
        return tenants.findByCode(tenantCode).isPresent();
    }

    public ProvisionedCounty provision(String tenantCode, String tenantName, CountyPlan plan, String password) {
        platform.open(tenantCode, tenantName);
        Recorder recorder = new Recorder();
        new CountyGenerator(plan, LocalDate.now()).generate(recorder);
        createStandardLogins(recorder, passwordHasher.hash(password));
        statistics.refresh("org_unit", "person", "person_name_character", "membership", "user_account");
        return new ProvisionedCounty(tenantCode, recorder.units.size(), recorder.people.size(),
                recorder.people.stream().map(Person::getId).toList());
    }

    private void createStandardLogins(Recorder county, String passwordHash) {
        OrgUnit committee = county.units.get(0);
        OrgUnit branch = county.units.stream().filter(u -> u.getType() == OrgUnitType.BRANCH).findFirst().orElseThrow();
        for (StandardLogin login : StandardLogin.values()) {
            Person person = switch (login) {
                case COMMITTEE_SECRETARY -> committee.getSecretary();
                case BRANCH_SECRETARY -> branch.getSecretary();
                case ADMINISTRATIVE_HEAD -> branch.getAdministrativeHead();
                case MEMBER -> county.people.stream()
                        // An ordinary member: no cadre's duties on top of the member's own commitments.
                        .filter(p -> p.getOrgUnit() == branch && !p.isSecretary() && p.getLeadingCadreLevel() == null
                                && p.getPartyStatus() == PartyStatus.FULL_MEMBER && p != branch.getAdministrativeHead())
                        .findFirst().orElseThrow();
                default -> null;
            };
            accounts.store(person == null
                    ? new UserAccount(login.username(), passwordHash, DemoWords.text("login." + login.name()),
                            login.standingRoles(), null)
                    : UserAccount.forPerson(login.username(), passwordHash, person, false));
        }
    }

    /** Stores what the generator makes and remembers it for the logins. */
    private final class Recorder implements CountySink {
        private final List<OrgUnit> units = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();

        @Override
        public void unit(OrgUnit unit) {
            CountyProvisioning.this.units.store(unit);
            units.add(unit);
        }

        @Override
        public void people(List<Person> branchPeople) {
            CountyProvisioning.this.people.storeAll(branchPeople);
            people.addAll(branchPeople);
        }
    }
}
