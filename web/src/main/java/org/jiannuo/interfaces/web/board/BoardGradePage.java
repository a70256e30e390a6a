package org.jiannuo.interfaces.web.board;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.jiannuo.application.publicity.BoardViews.GradeBoard;
import org.jiannuo.application.publicity.PublicBoard;

/**
 * One published grade with its publicity period and standing, and, while the period lasts, the objection
 * form: a plain HTML form posting to the public API, which redirects back here with what became of it.
 */
@Named
@RequestScoped
public class BoardGradePage {

    @EJB
    PublicBoard board;

    private String tenant;
    private String grade;
    private String outcome;
    private GradeBoard view;

    public void load() {
        view = BoardPageSupport.load(() -> board.grade(tenant, grade));
    }

    public GradeBoard getView() {
        return view;
    }

    /** The message key of the objection's outcome, if the address reports one. */
    public String getOutcomeKey() {
        return BoardPageSupport.outcomeKey(outcome);
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
