package org.jiannuo.application.appraisal;

import java.io.Serializable;
import java.util.List;
import org.jiannuo.domain.model.appraisal.GradingGroup;

/**
 * One group's grading at a meeting: its subjects with their counts, the pioneer cap that confirmation
 * enforces ({@code cap} of {@code rows.size()} at {@code pioneerPercent}%, rounded half up), and its state.
 */
public record GradeSheet(long meetingId, GradingGroup group, int pioneerPercent, int cap, long pioneers,
        boolean resultsShown, boolean confirmed, boolean published, boolean mayGrade,
        List<GradeRow> rows) implements Serializable {
}
