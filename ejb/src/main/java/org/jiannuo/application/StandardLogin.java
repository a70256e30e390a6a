package org.jiannuo.application;

import java.util.Set;
import org.jiannuo.domain.model.account.Role;

/**
 * The logins every provisioned county starts with, one per kind of user. The department admin and the
 * leader are logins without a person, holding their roles over the whole tenant; the others belong to
 * people who hold the matching post in the tree, and take their roles from it.
 */
public enum StandardLogin {
    ADMIN("admin", Set.of(Role.DEPARTMENT_ADMIN), "department admin"),
    COMMITTEE_SECRETARY("dangwei", Set.of(), "committee secretary"),
    BRANCH_SECRETARY("zhibu", Set.of(), "branch secretary"),
    ADMINISTRATIVE_HEAD("xingzheng", Set.of(), "administrative head"),
    MEMBER("dangyuan", Set.of(), "member"),
    LEADER("lingdao", Set.of(Role.LEADER), "leader, read-only");

    private final String username;
    private final Set<Role> roles;
    private final String description;

    StandardLogin(String username, Set<Role> roles, String description) {
        this.username = username;
        this.roles = roles;
        this.description = description;
    }

    public String username() {
        return username;
    }

    /** The roles of a login without a person; empty for a person's login. */
    public Set<Role> standingRoles() {
        return roles;
    }

    /** Who the login is, in English for the operator's console; the accounts' names are the demo county's data. */
    public String description() {
        return description;
    }
}
