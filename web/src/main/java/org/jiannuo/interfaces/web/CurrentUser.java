package org.jiannuo.interfaces.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.domain.model.account.Role;

/** The logged-in account, for the page header. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    CurrentTenant currentTenant;

    @EJB
    StarTargets starTargets;

    private Boolean villageMember;

    public AuthenticatedAccount getAccount() {
        return currentTenant.account().orElse(null);
    }

    /** For showing or hiding navigation; the services check access again on every call. */
    public boolean hasRole(String role) {
        return currentTenant.account().map(account -> account.hasRole(Role.valueOf(role))).orElse(false);
    }

    /** Department admins, secretaries and branch staff keep the rosters: they import and export. */
    public boolean isRosterKeeper() {
        return currentTenant.account().map(account -> account.hasAnyRole(AccessScope.PEOPLE_EDITORS)).orElse(false);
    }

    /** The department admin and secretaries issue and reset the accounts of the people below them. */
    public boolean isAccountKeeper() {
        return currentTenant.account().map(account -> account.hasAnyRole(AccessScope.ACCOUNT_KEEPERS)).orElse(false);
    }

    /** Roster keepers and leaders read the ledger and the completion rates. */
    public boolean isOverseer() {
        return isRosterKeeper() || hasRole(Role.LEADER.name());
    }

    /**
     * Members of a village (a village category) have the member's star screens; others would only be refused there.
     * Asked once a request.
     */
    public boolean isVillageMember() {
        if (villageMember == null) {
            villageMember = currentTenant.account().map(account -> account.personId() != null).orElse(false)
                    && starTargets.ownIsVillageMember();
        }
        return villageMember;
    }
}
