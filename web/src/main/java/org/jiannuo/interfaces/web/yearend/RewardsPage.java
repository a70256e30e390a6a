package org.jiannuo.interfaces.web.yearend;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.yearend.BranchRewards;
import org.jiannuo.application.yearend.BranchSummary;
import org.jiannuo.application.yearend.BranchEvaluations;
import org.jiannuo.application.yearend.CampaignView;
import org.jiannuo.application.yearend.Campaigns;
import org.jiannuo.application.yearend.ModelPostView;
import org.jiannuo.application.yearend.PersonalRectificationView;
import org.jiannuo.application.yearend.Rewards;
import org.jiannuo.domain.model.yearend.BranchState;
import org.jiannuo.domain.model.yearend.OrganizationalHandling;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 奖诺: after a branch has published its year-end results, its excellent members are designated party member
 * model posts (with a certificate), the unqualified or lagging are ordered a personal rectification with a
 * deadline, whose reports the branch reviews; a secretary or superior records a refusal and its organizational
 * handling. Below, the model posts and rectifications of all the caller reads, and the overdue ones.
 */
@Named
@ViewScoped
public class RewardsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Campaigns campaigns;

    @EJB
    private BranchEvaluations branches;

    @EJB
    private Rewards rewards;

    private List<CampaignView> campaignList = List.of();
    private Long campaignId;
    private List<BranchSummary> branchList = List.of();
    private Long branchId;
    private BranchRewards view;
    private List<ModelPostView> modelPosts = List.of();
    private List<PersonalRectificationView> rectifications = List.of();
    private List<PersonalRectificationView> overdue = List.of();
    private final Map<Long, String> titles = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, LocalDate> deadlines = new HashMap<>();
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, String> handlings = new HashMap<>();

    public void load() {
        campaignList = PageActions.call(() -> campaigns.list());
        if (campaignList == null) {
            campaignList = List.of();
        }
        if (campaignId == null && !campaignList.isEmpty()) {
            campaignId = campaignList.get(0).id();
        }
        showCampaign();
    }

    public void showCampaign() {
        List<BranchSummary> found = campaignId == null ? null : PageActions.call(() -> branches.ofCampaign(campaignId));
        branchList = found == null ? List.of()
                : found.stream().filter(branch -> branch.state() == BranchState.PUBLISHED).toList();
        if (branchId == null && branchList.size() == 1) {
            branchId = branchList.get(0).id();
        }
        showBranch();
    }

    public void showBranch() {
        view = branchId == null ? null : PageActions.call(() -> rewards.ofBranch(branchId));
        titles.clear();
        reasons.clear();
        deadlines.clear();
        answers.clear();
        handlings.clear();
        modelPosts = orEmpty(campaignId == null ? null : PageActions.call(() -> rewards.modelPosts(campaignId, null)));
        rectifications = orEmpty(campaignId == null ? null
                : PageActions.call(() -> rewards.rectifications(campaignId, null)));
        overdue = orEmpty(PageActions.call(() -> rewards.overdue(null)));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public void designate(long personId) {
        after(PageActions.call(() -> rewards.designate(branchId, personId, titles.get(personId))), "reward.designated");
    }

    public void order(long personId) {
        after(PageActions.call(() -> rewards.order(branchId, personId, reasons.get(personId), deadlines.get(personId))),
                "reward.ordered");
    }

    public void accept(PersonalRectificationView rectification) {
        after(PageActions.call(() -> rewards.decide(rectification.id(), rectification.version(), true, null)),
                "reward.accepted");
    }

    public void reopen(PersonalRectificationView rectification) {
        after(PageActions.call(() -> rewards.decide(rectification.id(), rectification.version(), false,
                answers.get(rectification.id()))), "reward.reopened");
    }

    public void refuse(PersonalRectificationView rectification) {
        String handling = handlings.get(rectification.id());
        after(PageActions.call(() -> rewards.refuse(rectification.id(), rectification.version(),
                handling == null || handling.isEmpty() ? null : OrganizationalHandling.valueOf(handling),
                answers.get(rectification.id()))), "reward.refused");
    }

    private void after(Object done, String successKey) {
        if (done != null) {
            showBranch();
            Messages.info(successKey);
        }
    }

    public String campaignLabel(CampaignView campaign) {
        return YearEndPage.labelOf(campaign);
    }

    public OrganizationalHandling[] getHandlingOptions() {
        return OrganizationalHandling.values();
    }

    public List<CampaignView> getCampaignList() {
        return campaignList;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public List<BranchSummary> getBranchList() {
        return branchList;
    }

    public Long getBranchId() {
        return branchId;
    }

    public void setBranchId(Long branchId) {
        this.branchId = branchId;
    }

    public BranchRewards getView() {
        return view;
    }

    public List<ModelPostView> getModelPosts() {
        return modelPosts;
    }

    public List<PersonalRectificationView> getRectifications() {
        return rectifications;
    }

    public List<PersonalRectificationView> getOverdue() {
        return overdue;
    }

    public Map<Long, String> getTitles() {
        return titles;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, LocalDate> getDeadlines() {
        return deadlines;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Map<Long, String> getHandlings() {
        return handlings;
    }
}
