package org.jiannuo.interfaces.web.yearend;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiannuo.application.ballot.IssuedCodes;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.yearend.BranchEvaluationView;
import org.jiannuo.application.yearend.BranchEvaluations;
import org.jiannuo.application.yearend.BranchSummary;
import org.jiannuo.application.yearend.CampaignView;
import org.jiannuo.application.yearend.Campaigns;
import org.jiannuo.application.yearend.MemberLine;
import org.jiannuo.application.yearend.OccasionLine;
import org.jiannuo.application.yearend.ProposalLine;
import org.jiannuo.application.yearend.YearEndSettings;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.domain.model.yearend.BranchState;
import org.jiannuo.domain.model.yearend.MassParticipantKind;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 年终评诺: the department opens the year's campaign and sets its shares; a branch starts its evaluation, records
 * the masses' panel, opens, issues codes for and closes its three ballots, and proposes every member's result
 * beside all the inputs and the suggestion by the stated rule; the superior comments on the branch secretary,
 * confirms or sends back; the branch publishes.
 */
@Named
@ViewScoped
public class YearEndPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Campaigns campaigns;

    @EJB
    private BranchEvaluations branches;

    @EJB
    private YearEndSettings settings;

    @EJB
    private Occasions occasions;

    @Inject
    private CurrentUser currentUser;

    private List<CampaignView> campaignList = List.of();
    private Long campaignId;
    private List<BranchSummary> branchList = List.of();
    private Long branchId;
    private BranchEvaluationView view;
    private int newYear = LocalDate.now().getYear();
    private LocalDate newStart;
    private LocalDate newEnd;
    private int massPercent;
    private int excellentPercent;
    private final Map<MassParticipantKind, Integer> panel = new EnumMap<>(MassParticipantKind.class);
    private final Map<Long, String> comments = new HashMap<>();
    private final Map<Long, String> grades = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private int codeCount;
    private List<String> issuedCodes = List.of();
    private String sendBackReason;

    public void load() {
        YearEndSettings.Settings current = PageActions.call(() -> settings.get());
        if (current != null) {
            massPercent = current.massPercent();
            excellentPercent = current.excellentPercent();
        }
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
        branchList = campaignId == null ? List.of() : PageActions.call(() -> branches.ofCampaign(campaignId));
        if (branchId == null && branchList != null && branchList.size() == 1) {
            branchId = branchList.get(0).id();
        }
        showBranch();
    }

    public void showBranch() {
        view = branchId == null ? null : PageActions.call(() -> branches.view(branchId));
        refill();
    }

    private void refill() {
        issuedCodes = List.of();
        panel.clear();
        comments.clear();
        grades.clear();
        reasons.clear();
        if (view != null) {
            panel.putAll(view.panel());
            for (MemberLine line : view.members()) {
                comments.put(line.personId(), line.comment());
                AnnualGrade shown = line.proposed() != null ? line.proposed() : line.suggested();
                grades.put(line.personId(), shown == null ? null : shown.name());
                reasons.put(line.personId(), line.reason());
            }
            codeCount = Math.max(1, view.massRequired() - view.mass().codesIssued());
        }
    }

    public void openCampaign() {
        CampaignView opened = PageActions.call(() -> campaigns.open(newYear, newStart, newEnd));
        if (opened != null) {
            // As text: a number argument would be printed with a grouping separator, "2,026".
            Messages.info("yearEnd.campaignOpened", String.valueOf(opened.year()));
            campaignId = opened.id();
            load();
        }
    }

    public void saveSettings() {
        PageActions.run(() -> settings.change(new YearEndSettings.Settings(massPercent, excellentPercent)),
                "yearEnd.settingsSaved");
    }

    /** Starts the evaluation of the caller's own branch. */
    public void startOwn() {
        Long unitId = currentUser.getAccount().scopeUnitId();
        BranchEvaluationView started = unitId == null ? null : PageActions.call(() -> branches.start(campaignId, unitId));
        if (started != null) {
            branchId = started.id();
            showCampaign();
        }
    }

    public void savePanel() {
        update(PageActions.call(() -> branches.recordPanel(branchId, new EnumMap<>(panel))), "yearEnd.panelSaved");
    }

    public void openOccasion(long occasionId) {
        if (PageActions.run(() -> occasions.open(occasionId))) {
            showBranch();
        }
    }

    public void closeOccasion(long occasionId) {
        if (PageActions.run(() -> occasions.close(occasionId))) {
            showBranch();
        }
    }

    /** Issues codes; they are shown once, here, to be printed or handed out. */
    public void issueCodes() {
        IssuedCodes issued = PageActions.call(() -> occasions.issueCodes(view.mass().id(), codeCount));
        if (issued != null) {
            showBranch();
            issuedCodes = issued.codes();
        }
    }

    public void comment(long personId) {
        update(PageActions.call(() -> branches.comment(branchId, personId, comments.get(personId))),
                "yearEnd.commented");
    }

    public void propose() {
        List<ProposalLine> lines = new ArrayList<>();
        view.members().forEach(line -> {
            String grade = grades.get(line.personId());
            lines.add(new ProposalLine(line.personId(), grade == null || grade.isEmpty() ? null : AnnualGrade.valueOf(grade),
                    reasons.get(line.personId())));
        });
        update(PageActions.call(() -> branches.propose(branchId, lines)), "yearEnd.proposed.done");
    }

    public void confirm() {
        update(PageActions.call(() -> branches.confirm(branchId)), "yearEnd.confirmed");
    }

    public void sendBack() {
        update(PageActions.call(() -> branches.sendBack(branchId, sendBackReason)), "yearEnd.sentBack");
    }

    public void publish() {
        update(PageActions.call(() -> branches.publish(branchId)), "yearEnd.published");
    }

    private void update(BranchEvaluationView updated, String successKey) {
        if (updated != null) {
            view = updated;
            refill();
            Messages.info(successKey);
        }
    }

    /** A ballot's counts in the page's words: 好 3 · 较好 1 …; a dash while withheld. */
    public String counts(Map<String, Integer> counts) {
        return countsOf(counts);
    }

    /** A ballot's counts in the page's words, for every screen that shows them beside a member. */
    public static String countsOf(Map<String, Integer> counts) {
        if (counts == null) {
            return "—";
        }
        return counts.entrySet().stream().map(e -> Messages.text("scale." + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    /** One of the branch's three ballots on the screen: which it is, and where it stands. */
    public record OccasionRow(String kind, OccasionLine occasion) implements Serializable {
    }

    public List<OccasionRow> getOccasionRows() {
        return List.of(new OccasionRow("mutual", view.mutual()), new OccasionRow("mass", view.mass()),
                new OccasionRow("ballot", view.ballot()));
    }

    public String turnout(OccasionLine occasion) {
        return Messages.text("yearEnd.turnout", occasion.ballotsCast(), occasion.voters());
    }

    public String campaignLabel(CampaignView campaign) {
        return labelOf(campaign);
    }

    /** A campaign as the year-end screens offer it: its year and days. */
    static String labelOf(CampaignView campaign) {
        return Messages.text("yearEnd.campaignLabel", String.valueOf(campaign.year()), campaign.startsOn(),
                campaign.endsOn());
    }

    /** Where the masses fill in their forms with a code (the slips' QR codes lead there too). */
    public String getCodesPage() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/ballot.xhtml";
    }

    public String quorumRule() {
        return Messages.text("yearEnd.rule.quorum", view.massPercent(), view.memberCount(), view.massRequired(),
                view.massForms());
    }

    public String quotaRule() {
        return Messages.text("yearEnd.rule.quota", view.excellentPercent(), view.memberCount(), view.excellentLimit(),
                view.smallBranchUpTo());
    }

    public boolean isProposing() {
        return view != null && view.runs() && view.state() == BranchState.EVALUATING
                && view.ballot().state() == OccasionState.CLOSED;
    }

    public MassParticipantKind[] getKinds() {
        return MassParticipantKind.values();
    }

    public AnnualGrade[] getGradeOptions() {
        return AnnualGrade.values();
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

    public BranchEvaluationView getView() {
        return view;
    }

    public int getNewYear() {
        return newYear;
    }

    public void setNewYear(int newYear) {
        this.newYear = newYear;
    }

    public LocalDate getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDate newStart) {
        this.newStart = newStart;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDate newEnd) {
        this.newEnd = newEnd;
    }

    public int getMassPercent() {
        return massPercent;
    }

    public void setMassPercent(int massPercent) {
        this.massPercent = massPercent;
    }

    public int getExcellentPercent() {
        return excellentPercent;
    }

    public void setExcellentPercent(int excellentPercent) {
        this.excellentPercent = excellentPercent;
    }

    public Map<MassParticipantKind, Integer> getPanel() {
        return panel;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public Map<Long, String> getGrades() {
        return grades;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public int getCodeCount() {
        return codeCount;
    }

    public void setCodeCount(int codeCount) {
        this.codeCount = codeCount;
    }

    public List<String> getIssuedCodes() {
        return issuedCodes;
    }

    public String getSendBackReason() {
        return sendBackReason;
    }

    public void setSendBackReason(String sendBackReason) {
        this.sendBackReason = sendBackReason;
    }
}
