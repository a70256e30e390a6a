package org.jiannuo.application.publicity;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jiannuo.domain.model.appraisal.GradeStanding;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.StarGrade;

/**
 * One published grade as the board shows it, with its publicity period and standing: never the ballot's
 * counts, its suggestion or the grader's reason. {@code personKey} or {@code unitKey} is the subject's.
 */
public record BoardGradeLine(String key, String subjectName, String personKey, String unitKey, GradingGroup group,
        YearMonth period, StarGrade grade, LocalDate publishedOn, LocalDate publicityEnds, GradeStanding standing,
        boolean reviewed) {

    /** ★☆○△, also in the JSON, so that a reader needs no legend. */
    public String symbol() {
        return grade.symbol();
    }
}
