package org.jiannuo.domain.model.appraisal;

import java.time.LocalDate;
import org.jiannuo.domain.model.publicity.PublicityPeriod;

/** How a published grade stands on the board: still in publicity, under objection, or final. */
public enum GradeStanding {
    IN_PUBLICITY,
    UNDER_OBJECTION,
    FINAL;

    /** Final once the period is over with no objection open; an open objection holds it at any time. */
    public static GradeStanding of(int openObjections, PublicityPeriod period, LocalDate today) {
        if (openObjections > 0) {
            return UNDER_OBJECTION;
        }
        return period.isOver(today) ? FINAL : IN_PUBLICITY;
    }
}
