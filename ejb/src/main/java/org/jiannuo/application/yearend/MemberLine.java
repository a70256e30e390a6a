package org.jiannuo.application.yearend;

import java.io.Serializable;
import java.util.Map;
import org.jiannuo.domain.model.yearend.AnnualGrade;

/**
 * One member's inputs beside the proposal: the annual self-report (empty texts when none was written), the
 * counts of the mutual evaluation, of the masses' forms (null unless the mass evaluation counts) and of the
 * ballot (null while withheld), the leader's comment, the suggested result (null before the ballot is counted)
 * and the proposed one with its reason.
 */
public record MemberLine(long personId, String name, boolean branchSecretary, boolean selfReportSubmitted,
        String selfDone, String selfUndone, String selfNextSteps, Map<String, Integer> mutual,
        Map<String, Integer> mass, Map<String, Integer> ballot, String comment, boolean mayComment,
        AnnualGrade suggested, AnnualGrade proposed, String reason) implements Serializable {
}
