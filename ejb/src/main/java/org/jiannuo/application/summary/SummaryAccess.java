package org.jiannuo.application.summary;

import jakarta.enterprise.context.ApplicationScoped;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.summary.Bulletin;

/**
 * Who does what with half-year summaries. A unit's own secretary and staff (and the department) draft, edit
 * and publish its bulletins, as they write its collective commitments; whoever reads the unit (superiors,
 * leaders, the department, its staff) reads its bulletins and its members' self-reports; the unit's own people
 * read its published bulletins. A member writes only their own self-report.
 */
@ApplicationScoped
public class SummaryAccess {

    public boolean editsBulletinsOf(OrgUnit unit, AccessScope scope) {
        return scope.canCommitFor(unit);
    }

    public void requireEditor(OrgUnit unit, AccessScope scope) {
        if (!editsBulletinsOf(unit, scope)) {
            throw new AccessDeniedException(scope.account() + " may not edit the bulletins of unit " + unit.getId());
        }
    }

    /** Reads the unit's drafts and self-reports too, not only what it published. */
    public boolean oversees(OrgUnit unit, AccessScope scope) {
        return scope.canRead(unit);
    }

    public boolean reads(Bulletin bulletin, AccessScope scope, Person own) {
        return oversees(bulletin.getUnit(), scope) || (bulletin.isPublished() && own != null
                && own.getOrgUnit().getTreePath().startsWith(bulletin.getUnit().getTreePath()));
    }
}
