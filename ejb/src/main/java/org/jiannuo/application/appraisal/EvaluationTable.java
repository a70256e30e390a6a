package org.jiannuo.application.appraisal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jiannuo.domain.model.appraisal.MeetingKind;

/** The data of a star-pioneer evaluation table (seed 004, annex 1 or 2) for one meeting. */
public record EvaluationTable(long meetingId, String unitName, MeetingKind kind, YearMonth period, LocalDate heldOn,
        int roster, int present, int electronicBallots, int paperBallots, int minimumBallots, boolean resultsShown,
        int pioneerPercent, boolean published, List<EvaluationLine> lines) implements Serializable {
}
