package org.jiannuo.domain.model.account;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jiannuo.domain.model.organization.Appointment;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.Post;
import org.jiannuo.domain.model.person.Person;

/**
 * The one rule that turns posts into grants. An account of a person holds the member's grant over
 * their own record and one grant per post they hold; an account without a person (the platform's
 * root, a tenant's first administrator, a read-only leader's login) holds the roles it was opened with.
 * Posts in dissolved units grant nothing.
 */
public final class PostGrants {

    private PostGrants() {
    }

    public static List<Grant> of(UserAccount account, List<OrgUnit> secretaryOf, List<OrgUnit> headOf, List<Post> posts) {
        Set<Grant> grants = new LinkedHashSet<>();
        if (account.getPerson() == null) {
            OrgUnit unit = account.getOrgUnit();
            account.getRoles().forEach(role -> grants.add(unit == null ? Grant.tenantWide(role) : over(role, unit)));
            return new ArrayList<>(grants);
        }
        return ofPerson(account.getPerson(), secretaryOf, headOf, posts);
    }

    /** The grants a person's account holds, or would hold once issued. */
    public static List<Grant> ofPerson(Person person, List<OrgUnit> secretaryOf, List<OrgUnit> headOf,
            List<Post> posts) {
        Set<Grant> grants = new LinkedHashSet<>();
        grants.add(over(Role.MEMBER, person.getOrgUnit()));
        secretaryOf.stream().filter(unit -> !unit.isDissolved())
                .forEach(unit -> grants.add(over(Appointment.SECRETARY.role(unit.getType()), unit)));
        headOf.stream().filter(unit -> !unit.isDissolved())
                .forEach(unit -> grants.add(over(Role.ADMINISTRATIVE_HEAD, unit)));
        for (Post post : posts) {
            OrgUnit unit = post.getUnit();
            if (unit == null) {
                grants.add(Grant.tenantWide(post.getKind().role(null)));
            } else if (!unit.isDissolved()) {
                grants.add(over(post.getKind().role(unit.getType()), unit));
            }
        }
        return new ArrayList<>(grants);
    }

    private static Grant over(Role role, OrgUnit unit) {
        return new Grant(role, unit.getId(), unit.getTreePath());
    }
}
