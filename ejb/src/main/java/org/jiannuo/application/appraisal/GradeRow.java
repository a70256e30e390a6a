package org.jiannuo.application.appraisal;

import java.io.Serializable;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.appraisal.Tally;

/** One subject on the grading sheet: the ballot's counts and suggestion beside the grade given. */
public record GradeRow(String subjectKey, String name, Tally tally, StarGrade suggested, StarGrade grade,
        String reason, long version) implements Serializable {
}
