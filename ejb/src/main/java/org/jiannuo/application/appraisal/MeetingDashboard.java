package org.jiannuo.application.appraisal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.AppraisalRules;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.appraisal.MeetingTimeliness;

/**
 * Late and missing meetings across the caller's subtree, as the department watches them: the database
 * counts the units that should meet and the meetings held on time and late; the rest are missing once
 * the due date has passed.
 */
@Stateless
@TenantScoped
public class MeetingDashboard {

    private static final int LIST_LIMIT = 100;

    @Inject
    Authorization authorization;

    @Inject
    AppraisalRepository appraisal;

    @Inject
    CurrentAppraisalRules currentRules;

    private final Clock clock = Clock.systemDefaultZone();

    /** Whether the caller oversees meetings: anyone who sees more than their own record. */
    public boolean oversees() {
        return !authorization.currentScope().isOwnRecordOnly();
    }

    /** The last {@code months} periods of each kind, oldest first; the secretaries' meeting only in even months. */
    public List<MeetingTimelinessCount> timeliness(int months) {
        String subtree = subtree();
        AppraisalRules rules = currentRules.get();
        YearMonth current = YearMonth.now(clock);
        List<MeetingTimelinessCount> counts = new ArrayList<>();
        for (MeetingKind kind : MeetingKind.values()) {
            long units = appraisal.countUnitsHolding(subtree, kind);
            for (int back = months - 1; back >= 0; back--) {
                YearMonth period = current.minusMonths(back);
                if (kind.meetsIn(period)) {
                    counts.add(count(subtree, kind, period, units, rules));
                }
            }
        }
        return counts;
    }

    /** The units whose meeting of the period was late, or is missing past its due date. */
    public List<UnitLateness> lateOrMissing(MeetingKind kind, YearMonth period) {
        String subtree = subtree();
        AppraisalRules rules = currentRules.get();
        LocalDate due = kind.dueDate(period, rules);
        LocalDate today = LocalDate.now(clock);
        List<UnitLateness> lines = new ArrayList<>();
        if (today.isAfter(due)) {
            appraisal.unitsWithoutMeeting(subtree, kind, period, LIST_LIMIT).forEach(unit -> lines.add(
                    new UnitLateness(unit.getId(), unit.getName(), null, due, MeetingTimeliness.MISSING)));
        }
        appraisal.lateMeetings(subtree, kind, period, due, LIST_LIMIT).forEach(meeting -> lines.add(
                new UnitLateness(meeting.getUnit().getId(), meeting.getUnit().getName(), meeting.getHeldOn(), due,
                        MeetingTimeliness.LATE)));
        return lines;
    }

    private MeetingTimelinessCount count(String subtree, MeetingKind kind, YearMonth period, long units,
            AppraisalRules rules) {
        LocalDate due = kind.dueDate(period, rules);
        Map<MeetingTimeliness, Long> held = appraisal.countHeld(subtree, kind, period, due);
        long onTime = held.get(MeetingTimeliness.ON_TIME);
        long late = held.get(MeetingTimeliness.LATE);
        long notHeld = Math.max(0, units - onTime - late);
        boolean overdue = LocalDate.now(clock).isAfter(due);
        return new MeetingTimelinessCount(kind, period, due, units, onTime, late, overdue ? notHeld : 0,
                overdue ? 0 : notHeld);
    }

    private String subtree() {
        AccessScope scope = authorization.currentScope();
        if (scope.isOwnRecordOnly()) {
            throw new AccessDeniedException(scope.account() + " oversees no meetings");
        }
        return scope.primarySubtree().orElse("/");
    }
}
