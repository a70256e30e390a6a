package org.jiannuo.application.summary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.jiannuo.domain.model.summary.SelfReport;

/**
 * A member's self-report on a half; {@code version} 0 and no time written when none is written yet.
 *
 * @param personId the writer
 */
public record SelfReportView(long personId, String name, String period, long version, String done, String undone,
        String nextSteps, LocalDateTime writtenAt, LocalDateTime submittedAt) implements Serializable {

    static SelfReportView of(SelfReport report) {
        return new SelfReportView(report.getPerson().getId(), report.getPerson().getName(),
                report.getPeriod().toString(), report.getVersion(), report.getDone(), report.getUndone(),
                report.getNextSteps(), report.getWrittenAt(), report.getSubmittedAt());
    }

    static SelfReportView none(long personId, String name, String period) {
        return new SelfReportView(personId, name, period, 0, "", "", "", null, null);
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public boolean written() {
        return writtenAt != null;
    }
}
