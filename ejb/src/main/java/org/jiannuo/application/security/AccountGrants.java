package org.jiannuo.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jiannuo.domain.model.account.Grant;
import org.jiannuo.domain.model.account.PostGrants;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.organization.OrgUnitRepository;

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
        return PostGrants.of(account, units.unitsWithSecretary(personId), units.unitsWithAdministrativeHead(personId),
                units.postsOf(personId));
    }
}
