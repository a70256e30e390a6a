package org.jiannuo.application.appraisal;

import java.io.Serializable;
import org.jiannuo.domain.model.appraisal.GradingGroup;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.appraisal.Tally;

/** One subject's result: the counts and the grade they suggest, both null while results are withheld. */
public record SubjectResult(String key, String name, GradingGroup group, Tally tally,
        StarGrade suggested) implements Serializable {
}
