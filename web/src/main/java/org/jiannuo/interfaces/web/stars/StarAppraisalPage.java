package org.jiannuo.interfaces.web.stars;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.ballot.IssuedCodes;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.stars.StarAppraisalView;
import org.jiannuo.application.stars.StarAppraisalView.QuotaLine;
import org.jiannuo.application.stars.StarAppraisals;
import org.jiannuo.application.stars.StarRatingLine;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.application.stars.VillageOption;
import org.jiannuo.domain.model.stars.StarAppraisalState;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;
import org.jiannuo.interfaces.web.yearend.YearEndPage;

/**
 * 年终创星评定, a village's year-end "three appraisals, two publications" ({@code ?unit=}): the branch secretary starts
 * it, moves it from the self-assessment through the peer and mass ballots, rates each member per aspect beside their
 * own assessment and the two ballots' counts, under the quotas stated with their rounding, and submits; the township
 * confirms (publishing it) or returns it with a reason.
 */
@Named
@ViewScoped
public class StarAppraisalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StarAppraisals appraisals;

    @EJB
    private StarTargets targets;

    @EJB
    private Occasions occasions;

    @Inject
    private CurrentUser currentUser;

    private Long unit;
    private VillagePicker picker;
    private final int currentYear = LocalDate.now().getYear();
    /** The year shown ({@code ?year=}): this year's by default, an earlier one to read its published result. */
    private Integer year;
    private StarAppraisalView appraisal;
    private final Map<Long, Map<StarAspect, Integer>> given = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private String reviewReason;
    private int codeCount = 1;
    private List<String> issuedCodes = List.of();

    public void load() {
        year = year == null || year > currentYear ? currentYear : year;
        picker = new VillagePicker(targets);
        unit = picker.choose(unit, currentUser.getAccount().scopeUnitId());
        if (unit != null) {
            refresh();
        }
    }

    private void refresh() {
        show(PageActions.call(() -> appraisals.of(unit, year)));
    }

    private void show(StarAppraisalView shown) {
        appraisal = shown;
        given.clear();
        reasons.clear();
        if (shown != null) {
            for (StarRatingLine line : shown.lines()) {
                given.put(line.personId(), new EnumMap<>(line.rated() ? line.stars() : line.self()));
                reasons.put(line.personId(), line.reason());
            }
        }
    }

    public void start() {
        update(PageActions.call(() -> appraisals.start(unit, year)), "starAppraisal.startedMessage");
    }

    public void advance() {
        update(stale().obtain(() -> appraisals.advance(unit, year, appraisal.version())),
                "starAppraisal.advancedMessage");
    }

    public void rate(StarRatingLine line) {
        StarAppraisalView rated = stale().obtain(() -> appraisals.rate(unit, year, line.personId(),
                given.get(line.personId()), reasons.get(line.personId())));
        if (rated != null) {
            Messages.info("starAppraisal.ratedMessage", line.name());
            show(rated);
        }
    }

    public void submit() {
        update(stale().obtain(() -> appraisals.submit(unit, year, appraisal.version())),
                "starAppraisal.submittedMessage");
    }

    public void confirm() {
        review(true, "starAppraisal.publishedMessage");
    }

    public void sendBack() {
        review(false, "starAppraisal.returnedMessage");
    }

    private void review(boolean confirmed, String successKey) {
        StarAppraisalView reviewed = stale().obtain(() -> appraisals.review(unit, year, appraisal.version(),
                confirmed, reviewReason));
        if (reviewed != null) {
            reviewReason = null;
        }
        update(reviewed, successKey);
    }

    private void update(StarAppraisalView updated, String successKey) {
        if (updated != null) {
            Messages.info(successKey);
            show(updated);
        }
    }

    /** Issues the masses' codes; they are shown once, here, to be printed or handed out. */
    public void issueCodes() {
        IssuedCodes issued = PageActions.call(() -> occasions.issueCodes(appraisal.massOccasionId(), codeCount));
        if (issued != null) {
            refresh();
            issuedCodes = issued.codes();
        }
    }

    /** Where the masses fill in their forms with a code. */
    public String getCodesPage() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/ballot.xhtml";
    }

    private PageActions stale() {
        return PageActions.onStale("starAppraisal.stale", this::refresh);
    }

    /** The quota in words with its rounding: at most 30% of 10, rounded down, is 3. */
    public String quotaRule(QuotaLine quota) {
        return Messages.text("starAppraisal.quotaRule", quota.threshold(), quota.percent(), quota.cap(),
                quota.members(), quota.limit(), quota.highlyRated());
    }

    public String counts(Map<String, Integer> counts) {
        return counts.isEmpty() ? "—" : YearEndPage.countsOf(counts);
    }

    public String drawn(int total, int cap) {
        return draw(total, cap);
    }

    /** The stars drawn, on every year-end star screen: ★ per star given, ☆ up to the cap. */
    static String draw(int total, int cap) {
        return "★".repeat(total) + "☆".repeat(Math.max(0, cap - total));
    }

    public boolean isRating() {
        return appraisal != null && appraisal.runs() && appraisal.state() != null
                && appraisal.state() == StarAppraisalState.RATING;
    }

    public boolean isAdvancing() {
        return appraisal != null && appraisal.runs() && appraisal.started() && !isRating();
    }

    public StarAspect[] getAspects() {
        return StarAspect.values();
    }

    public List<VillageOption> getVillages() {
        return picker.villages();
    }

    public boolean isPicking() {
        return picker.isShown();
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    /** Only this year's appraisal is started here; an earlier year is read. */
    public boolean isCurrentYear() {
        return year != null && year == currentYear;
    }

    public StarAppraisalView getAppraisal() {
        return appraisal;
    }

    public Map<Long, Map<StarAspect, Integer>> getGiven() {
        return given;
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

    public String getReviewReason() {
        return reviewReason;
    }

    public void setReviewReason(String reviewReason) {
        this.reviewReason = reviewReason;
    }
}
