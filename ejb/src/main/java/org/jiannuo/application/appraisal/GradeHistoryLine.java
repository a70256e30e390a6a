package org.jiannuo.application.appraisal;

import java.io.Serializable;
import java.time.YearMonth;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.StarGrade;

/** One period of a person's grade history. */
public record GradeHistoryLine(YearMonth period, String unitName, MeetingKind kind, StarGrade grade,
        boolean published) implements Serializable {
}
