package org.jiannuo.domain.model.appraisal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * 组织生活会 and 支部书记会 (seed 004): a branch meets its members every month, a superior meets its
 * branch secretaries every even month. "Before the 25th" and "before the 30th" are read as "on or
 * before": a meeting on the 25th is on time, one on the 26th is late. February has no 30th, so the
 * secretaries' meeting of February is due on its last day.
 */
public enum MeetingKind {
    ORGANIZATION_LIFE,
    SECRETARIES;

    /** The last day on which the meeting of this period counts as on time. */
    public LocalDate dueDate(YearMonth period, AppraisalRules rules) {
        int day = this == ORGANIZATION_LIFE ? rules.getLifeMeetingDay() : rules.getSecretariesMeetingDay();
        return period.atDay(Math.min(day, period.lengthOfMonth()));
    }

    /** Secretaries meet in the even months only: 2, 4, 6, 8, 10, 12. */
    public boolean meetsIn(YearMonth period) {
        return this == ORGANIZATION_LIFE || period.getMonthValue() % 2 == 0;
    }

    /** The first day a meeting of this period may be held: the bimonth's first day for secretaries. */
    public LocalDate earliestDay(YearMonth period) {
        return this == ORGANIZATION_LIFE ? period.atDay(1) : period.minusMonths(1).atDay(1);
    }

    public void requirePeriod(YearMonth period) {
        if (!meetsIn(period)) {
            throw new RuleViolation("meeting.secretariesEvenMonth", period.getMonthValue());
        }
    }

    /** What the ballot of this meeting rates: people for the monthly meeting, branches for the secretaries'. */
    public boolean ratesOrganizations() {
        return this == SECRETARIES;
    }

    /**
     * The groups graded at this meeting (seed 004): the monthly meeting grades the members and, by the
     * administrative leadership, the non-party staff; the secretaries' meeting grades the branches.
     */
    public List<GradingGroup> gradingGroups() {
        return ratesOrganizations() ? List.of(GradingGroup.ORGANIZATIONS) : List.of(GradingGroup.MEMBERS, GradingGroup.STAFF);
    }

    /**
     * Whose graders publish the meeting's grades: the branch secretary (who grades the members) at the
     * monthly meeting, the superior's secretary (who grades the branches) at the secretaries' meeting.
     */
    public GradingGroup publishingGroup() {
        return gradingGroups().get(0);
    }
}
