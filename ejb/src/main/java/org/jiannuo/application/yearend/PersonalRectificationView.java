package org.jiannuo.application.yearend;

import java.io.Serializable;
import java.time.LocalDate;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.domain.model.yearend.OrganizationalHandling;

/**
 * A personal rectification (个人整改) as its member and the branch see it, with what the caller may do: the member
 * reports it done; the branch accepts or reopens the report; a secretary or superior records a refusal with the
 * organizational handling (then {@code grade} is 不合格 and {@code gradeBefore} the result published before).
 */
public record PersonalRectificationView(long id, long version, long personId, String name, long unitId,
        String unitName, int year, AnnualGrade grade, String reason, LocalDate deadline, RectificationStatus status,
        String report, String reopenReason, boolean overdue, OrganizationalHandling handling, String handlingReason,
        AnnualGrade gradeBefore, boolean mayReport, boolean mayDecide, boolean mayHandle) implements Serializable {
}
