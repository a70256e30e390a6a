package org.jiannuo.application.appraisal;

import java.io.Serializable;
import org.jiannuo.domain.model.appraisal.NarrationMode;
import org.jiannuo.domain.model.appraisal.Presence;
import org.jiannuo.domain.model.appraisal.StarGrade;
import org.jiannuo.domain.model.appraisal.Tally;
import org.jiannuo.domain.model.person.PartyStatus;

/**
 * One line of a star-pioneer evaluation table: a person (annex 1, with their party status) or a branch
 * (annex 2, with its secretary), how they narrated, the ballot's counts (null when withheld), the grade
 * (null until graded) and the remark.
 */
public record EvaluationLine(String name, PartyStatus partyStatus, String secretaryName, Presence presence,
        NarrationMode narrationMode, Tally tally, StarGrade grade, String remark) implements Serializable {
}
