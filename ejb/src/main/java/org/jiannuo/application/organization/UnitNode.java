package org.jiannuo.application.organization;

import java.time.LocalDate;
import org.jiannuo.domain.model.organization.OrgUnitType;

/** A unit as the tree shows it, with the phone its board shows and whether the caller may change that phone. */
public record UnitNode(long id, String name, OrgUnitType type, int depth, LocalDate dissolvedOn,
        boolean hasChildren, long peopleInSubtree, boolean manageable, String secretaryName,
        String administrativeHeadName, String publicPhone, boolean publicPhoneEditable) {

    public boolean dissolved() {
        return dissolvedOn != null;
    }
}
