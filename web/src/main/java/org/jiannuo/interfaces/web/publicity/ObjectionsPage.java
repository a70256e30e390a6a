package org.jiannuo.interfaces.web.publicity;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.publicity.ObjectionKind;
import org.jiannuo.application.publicity.ObjectionLine;
import org.jiannuo.application.publicity.Objections;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.stars.AspectStars;
import org.jiannuo.domain.model.stars.StarAspect;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 等次异议: the objections against grades, year-end results and year-end stars of the caller's units, the open first;
 * the grader of a grade, the superior of a branch's results, the township reviewer of a village's stars (per aspect,
 * within the member's cap) upholds it or changes it, with a reason.
 */
@Named
@ViewScoped
public class ObjectionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Objections objections;

    private boolean openOnly = true;
    private Long answering;
    private long answeringVersion;
    private ObjectionKind answeringKind;
    private String grade;
    private String reason;
    private final Map<StarAspect, Integer> stars = new EnumMap<>(StarAspect.class);
    private final Map<StarAspect, Integer> most = new EnumMap<>(StarAspect.class);
    private transient List<ObjectionLine> lines;

    public List<ObjectionLine> getLines() {
        if (lines == null) {
            lines = PageActions.call(() -> objections.list(openOnly));
        }
        return lines;
    }

    public void answer(ObjectionLine line) {
        answering = line.id();
        answeringVersion = line.version();
        answeringKind = line.kind();
        grade = line.gradeNow();
        reason = null;
        stars.clear();
        most.clear();
        if (line.stars() != null) {
            stars.putAll(line.stars().aspectsNow());
            most.putAll(line.stars().most());
        }
    }

    public void decide() {
        if (PageActions.onStale("objections.stale", this::reload).attempt(() -> objections.decide(answering,
                answeringVersion, isAnsweringStars() ? AspectStars.of(stars).code() : grade, reason))) {
            Messages.info("objections.decided");
            answering = null;
            reload();
        }
    }

    public void cancel() {
        answering = null;
    }

    public void reload() {
        lines = null;
    }

    /** The values of the answered objection's scale: the grades, or the year-end results. */
    public List<String> getGrades() {
        Enum<?>[] scale = answeringKind == ObjectionKind.RESULT ? AnnualGrade.values() : StarGrade.values();
        return Arrays.stream(scale).map(Enum::name).toList();
    }

    /** The message key prefix of the answered objection's scale. */
    public String getScaleLabels() {
        return answeringKind == ObjectionKind.RESULT ? "scale." : "evaluation.grade.";
    }

    /** The answered objection is against a member's stars: answered per aspect, not by a scale's value. */
    public boolean isAnsweringStars() {
        return answeringKind == ObjectionKind.STARS;
    }

    public StarAspect[] getAspects() {
        return StarAspect.values();
    }

    /** The stars of the answer per aspect, starting from the member's stars now. */
    public Map<StarAspect, Integer> getStars() {
        return stars;
    }

    /** Each aspect's most under the member's cap. */
    public Map<StarAspect, Integer> getMost() {
        return most;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
        lines = null;
    }

    public Long getAnswering() {
        return answering;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
