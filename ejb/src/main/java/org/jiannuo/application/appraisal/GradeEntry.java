package org.jiannuo.application.appraisal;

import java.io.Serializable;
import org.jiannuo.domain.model.appraisal.StarGrade;

/**
 * A grade as the grader enters it; the reason is needed when it goes against the ballot. {@code version}
 * is the grading's version the grader saw, 0 for a first grade.
 */
public record GradeEntry(String subjectKey, StarGrade grade, String reason, long version) implements Serializable {
}
