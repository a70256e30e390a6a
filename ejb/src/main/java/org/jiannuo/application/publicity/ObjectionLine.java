package org.jiannuo.application.publicity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.publicity.ObjectionStatus;

/**
 * An objection as the answering screen lists it. {@code kind} says what the values are: a grade's
 * ({@code StarGrade}, its month as {@code period}, its {@code group}) or a year-end result's ({@code AnnualGrade},
 * its year as {@code period}, no group) or year-end stars' (the code per aspect, {@code 2,2,2,1,1}, its year as
 * {@code period}, and {@code stars} with the totals and the cap). {@code fromPublic} when it came from the board
 * (nobody signed in); {@code mayDecide} when the caller answers it: the grader of that group of that meeting, or the superior that
 * confirms the branch's year-end results, or the township reviewer of the village's stars.
 */
public record ObjectionLine(long id, long version, ObjectionKind kind, String unitName, String subjectName,
        GradingGroup group, String period, String gradeBefore, String gradeNow, String text, boolean fromPublic,
        LocalDateTime lodgedAt, LocalDate publicityEnds, ObjectionStatus status, String decisionReason,
        boolean mayDecide, ObjectionStars stars) {

    ObjectionLine withStars(ObjectionStars given) {
        return new ObjectionLine(id, version, kind, unitName, subjectName, group, period, gradeBefore, gradeNow, text,
                fromPublic, lodgedAt, publicityEnds, status, decisionReason, mayDecide, given);
    }
}
