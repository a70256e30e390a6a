package org.jiannuo.domain.model.yearend;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiannuo.domain.model.organization.OrgUnit;

/** Storage of the year-end evaluation: the settings, campaigns, branches' evaluations and their members' lines. */
public interface YearEndRepository {

    Optional<YearEndRules> rules();

    void store(YearEndRules rules);

    void store(Campaign campaign);

    Optional<Campaign> findCampaign(long id);

    Optional<Campaign> campaignOf(int year);

    /** The campaigns, the latest year first. */
    List<Campaign> campaigns();

    void store(BranchEvaluation branch);

    Optional<BranchEvaluation> findBranch(long id);

    Optional<BranchEvaluation> branchOf(Campaign campaign, OrgUnit unit);

    /** The campaign's branch evaluations in the subtree below this path, by the branches' names. */
    List<BranchEvaluation> branchesUnder(Campaign campaign, String treePath);

    void store(MemberEvaluation member);

    /** The branch's members' lines, by name. */
    List<MemberEvaluation> members(BranchEvaluation branch);

    /** The members' lines of many branches in one go, by branch id, each branch's by name as {@link #members}. */
    Map<Long, List<MemberEvaluation>> members(Collection<BranchEvaluation> branches);

    void flush();
}
