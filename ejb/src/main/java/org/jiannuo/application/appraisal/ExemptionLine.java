package org.jiannuo.application.appraisal;

import java.io.Serializable;
import java.time.YearMonth;
import org.jiannuo.domain.model.appraisal.ExemptionReason;
import org.jiannuo.domain.model.appraisal.ExemptionStatus;
import org.jiannuo.domain.model.appraisal.NarrationExemption;

/** An exemption request as the lists show it, with whether the caller may decide it. */
public record ExemptionLine(long id, long version, long personId, String personName, String unitName,
        ExemptionReason reason, YearMonth from, YearMonth until, String note, ExemptionStatus status,
        String requestedBy, String decidedBy, String decisionNote, boolean mayDecide) implements Serializable {

    static ExemptionLine of(NarrationExemption exemption, boolean mayDecide) {
        var person = exemption.getPerson();
        return new ExemptionLine(exemption.getId(), exemption.getVersion(), person.getId(), person.getName(),
                person.getOrgUnit().getName(), exemption.getReason(), exemption.getFrom(), exemption.getUntil(),
                exemption.getNote(), exemption.getStatus(), exemption.getRequestedBy(), exemption.getDecidedBy(),
                exemption.getDecisionNote(), mayDecide && exemption.getStatus() == ExemptionStatus.REQUESTED);
    }
}
