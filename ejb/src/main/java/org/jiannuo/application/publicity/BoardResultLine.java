package org.jiannuo.application.publicity;

import java.time.LocalDate;
import org.jiannuo.domain.model.appraisal.GradeStanding;
import org.jiannuo.domain.model.yearend.AnnualGrade;

/**
 * A member's published year-end result (优秀/合格/不合格) as the board shows it, with its publicity period and
 * standing, the same as a grade's: never the ballots' counts, the leader's comment or any reason.
 */
public record BoardResultLine(String key, String name, String personKey, int year, AnnualGrade result,
        LocalDate publishedOn, LocalDate publicityEnds, GradeStanding standing, boolean reviewed) {
}
