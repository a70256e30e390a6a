package org.jiannuo.domain.model.account;

public enum Role {
    PLATFORM_ADMIN,
    DEPARTMENT_ADMIN,
    COMMITTEE_SECRETARY,
    BRANCH_SECRETARY,
    BRANCH_STAFF,
    ADMINISTRATIVE_HEAD,
    MEMBER,
    /** Receives tables and bulletins; reads, never writes. */
    LEADER
}
