package org.jiannuo.interfaces.web.publicity;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jiannuo.application.publicity.ObjectionLine;
import org.jiannuo.application.publicity.Objections;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 等次异议: the objections against grades of the caller's units, the open first; the grader of a grade
 * upholds it or changes it, with a reason.
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
    private StarGrade grade;
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

    public StarGrade[] getGrades() {
        return StarGrade.values();
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

    public StarGrade getGrade() {
        return grade;
    }

    public void setGrade(StarGrade grade) {
        this.grade = grade;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
