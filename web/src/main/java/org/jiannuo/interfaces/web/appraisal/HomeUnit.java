package org.jiannuo.interfaces.web.appraisal;

import org.jiannuo.application.organization.OrganizationTree;
import org.jiannuo.application.organization.UnitNode;
import org.jiannuo.interfaces.web.CurrentUser;

/** The unit a screen opens on without a unit parameter: the account's own, or the top of what it may see. */
public final class HomeUnit {

    private HomeUnit() {
    }

    public static Long of(CurrentUser currentUser, OrganizationTree tree) {
        Long own = currentUser.getAccount() == null ? null : currentUser.getAccount().scopeUnitId();
        return own != null ? own : tree.children(null).stream().findFirst().map(UnitNode::id).orElse(null);
    }
}
