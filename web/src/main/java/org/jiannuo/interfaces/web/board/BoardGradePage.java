package org.jiannuo.interfaces.web.board;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.jiannuo.application.publicity.BoardViews.GradeBoard;
import org.jiannuo.application.publicity.PublicBoard;

/** One published grade with its publicity period and standing, and its objection form while the period lasts. */
@Named
@RequestScoped
public class BoardGradePage extends BoardObjectionTargetPage<GradeBoard> {

    private String grade;

    @Override
    protected GradeBoard find(PublicBoard board, String tenantKey) {
        return board.grade(tenantKey, grade);
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }
}
