package org.jiannuo.application.appraisal;

import java.io.Serializable;
import java.time.YearMonth;

/** How many subjects got each grade in one period. */
public record GradeCount(YearMonth period, long pioneer, long qualified, long basicallyQualified,
        long lagging) implements Serializable {

    public long total() {
        return pioneer + qualified + basicallyQualified + lagging;
    }
}
