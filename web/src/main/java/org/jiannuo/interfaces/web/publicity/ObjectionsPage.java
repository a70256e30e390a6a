package org.jiannuo.interfaces.web.publicity;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.jiannuo.application.publicity.ObjectionKind;
import org.jiannuo.application.publicity.ObjectionLine;
import org.jiannuo.application.publicity.Objections;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 等次异议: the objections against grades and year-end results of the caller's units, the open first; the grader
 * of a grade, the superior of a branch's results, upholds it or changes it, with a reason.
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
    }

    public void decide() {
        if (PageActions.onStale("objections.stale", this::reload).attempt(() -> objections.decide(answering,
                answeringVersion, grade, reason))) {
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
