package org.jiannuo.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jiannuo.domain.model.account.Grant;
import org.jiannuo.domain.model.account.PostGrants;
import org.jiannuo.domain.model.account.Role;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.organization.LedUnits;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.person.Person;

/** Reads the posts an account's person holds and turns them into grants, inside a tenant-bound transaction. */
@ApplicationScoped
public class AccountGrants {

    @Inject
    OrgUnitRepository units;

    public List<Grant> of(UserAccount account) {
        if (account.getPerson() == null) {
            return PostGrants.of(account, List.of(), List.of(), List.of());
        }
        long personId = account.getPerson().getId();
        LedUnits led = units.unitsLedBy(personId);
        return PostGrants.of(account, led.asSecretary(), led.asAdministrativeHead(), units.postsOf(personId));
    }

    /**
     * Whether the caller keeps the account of this person: the person is below one of the caller's keeper
     * grants, and so is every post the person holds. Whoever sets or resets an account's password can act
     * as its holder, so a secretary never keeps the account of someone who holds a post above or beside their
     * own (their superior's secretary may well be a member of their branch), nor a department admin's.
     */
    public boolean keeps(AccessScope scope, Person person) {
        return keeps(scope, person, !units.postHoldersAmong(List.of(person.getId())).isEmpty());
    }

    /**
     * The same for a person of a batch, whose post holding was read for the whole batch at once.
     *
     * @param postHolder whether the person holds any post: only then are the posts read
     */
    public boolean keeps(AccessScope scope, Person person, boolean postHolder) {
        if (!scope.keepsAccountOf(person)) {
            return false;
        }
        if (!postHolder) {
            return true;
        }
        long personId = person.getId();
        LedUnits led = units.unitsLedBy(personId);
        return PostGrants.ofPerson(person, led.asSecretary(), led.asAdministrativeHead(), units.postsOf(personId))
                .stream()
                .allMatch(grant -> grant.isTenantWide() ? scope.account().hasRole(Role.DEPARTMENT_ADMIN)
                        : units.find(grant.unitId())
                                .map(unit -> scope.hasRoleOver(unit, AccessScope.ACCOUNT_KEEPERS)).orElse(true));
    }
}
