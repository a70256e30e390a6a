package org.jiannuo.reports;

/** One row of 党组织与党员概况: a committee and the head counts of its subtree. */
public record OrganizationOverviewRow(String committee, long branches, long fullMembers, long probationaryMembers,
        long activists, long nonPartyStaff) {

    public long total() {
        return fullMembers + probationaryMembers + activists + nonPartyStaff;
    }
}
