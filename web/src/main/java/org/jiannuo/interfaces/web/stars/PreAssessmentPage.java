package org.jiannuo.interfaces.web.stars;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.stars.Debriefings;
import org.jiannuo.application.stars.PreAssessmentView;
import org.jiannuo.application.stars.PreAssessments;
import org.jiannuo.application.stars.PreRatingLine;
import org.jiannuo.application.stars.StarTargets;
import org.jiannuo.application.stars.VillageOption;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.interfaces.web.CurrentUser;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 半年预评, a village's half-year pre-assessment ({@code ?unit=}): each member's debriefing beside the branch's
 * pre-rating in stars per aspect, the secretary's report to the township and its submission; the township accepts
 * it or sends it back with its reason.
 */
@Named
@ViewScoped
public class PreAssessmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PreAssessments assessments;

    @EJB
    private Debriefings debriefings;

    @EJB
    private StarTargets targets;

    @Inject
    private CurrentUser currentUser;

    private Long unit;
    private VillagePicker picker;
    private String half;
    private PreAssessmentView assessment;
    private final Map<Long, Map<StarAspect, Integer>> given = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private String report;
    private String comment;

    public void load() {
        picker = new VillagePicker(targets);
        unit = picker.choose(unit, currentUser.getAccount().scopeUnitId());
        half = debriefings.currentHalf();
        if (unit != null) {
            refresh();
        }
    }

    private void refresh() {
        show(PageActions.call(() -> assessments.of(unit, half)));
    }

    private void show(PreAssessmentView shown) {
        assessment = shown;
        given.clear();
        notes.clear();
        if (shown != null) {
            for (PreRatingLine line : shown.lines()) {
                given.put(line.personId(), new EnumMap<>(line.stars()));
                notes.put(line.personId(), line.note());
            }
            report = shown.report();
        }
    }

    public void rate(PreRatingLine line) {
        PreAssessmentView rated = stale().obtain(() -> assessments.rate(unit, half, assessment.version(),
                line.personId(), given.get(line.personId()), notes.get(line.personId())));
        if (rated != null) {
            Messages.info("preAssessment.rated", line.name());
            show(rated);
        }
    }

    public void saveReport() {
        PreAssessmentView saved = stale().obtain(() -> assessments.report(unit, half, assessment.version(), report));
        if (saved != null) {
            Messages.info("preAssessment.reportSaved");
            show(saved);
        }
    }

    public void submit() {
        PreAssessmentView submitted = stale().obtain(() -> assessments.submit(unit, half, assessment.version()));
        if (submitted != null) {
            Messages.info("preAssessment.submittedMessage");
            show(submitted);
        }
    }

    public void accept() {
        review(true, "preAssessment.acceptedMessage");
    }

    public void sendBack() {
        review(false, "preAssessment.returnedMessage");
    }

    private void review(boolean accepted, String successKey) {
        PreAssessmentView reviewed = stale().obtain(() -> assessments.review(unit, half, assessment.version(),
                accepted, comment));
        if (reviewed != null) {
            Messages.info(successKey);
            comment = null;
            show(reviewed);
        }
    }

    private PageActions stale() {
        return PageActions.onStale("preAssessment.stale", this::refresh);
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

    public String getHalf() {
        return half;
    }

    public PreAssessmentView getAssessment() {
        return assessment;
    }

    public Map<Long, Map<StarAspect, Integer>> getGiven() {
        return given;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
