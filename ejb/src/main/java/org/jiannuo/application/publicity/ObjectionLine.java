package org.jiannuo.application.publicity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.ObjectionStatus;
import org.jiannuo.domain.model.appraisal.StarGrade;

/**
 * An objection as the graders' screen lists it. {@code fromPublic} when it came from the board (nobody
 * signed in); {@code mayDecide} when the caller grades that group of that meeting.
 */
public record ObjectionLine(long id, long version, String unitName, String subjectName, GradingGroup group,
        YearMonth period, StarGrade gradeBefore, StarGrade gradeNow, String text, boolean fromPublic,
        LocalDateTime lodgedAt, LocalDate publicityEnds, ObjectionStatus status, String decisionReason,
        boolean mayDecide) {
}
