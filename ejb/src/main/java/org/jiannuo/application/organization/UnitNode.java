package org.jiannuo.application.organization;

import java.time.LocalDate;
import org.jiannuo.domain.model.organization.OrgUnitType;

/** A unit as the tree shows it. */
public record UnitNode(long id, String name, OrgUnitType type, int depth, LocalDate dissolvedOn,
        boolean hasChildren, long peopleInSubtree, boolean manageable, String secretaryName,
        String administrativeHeadName) {

    public boolean dissolved() {
        return dissolvedOn != null;
    }
}
