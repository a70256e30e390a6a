package org.jiannuo.domain.model.summary;

import java.util.Comparator;
import java.util.List;
import org.jiannuo.domain.model.appraisal.StarGrade;

/**
 * Whom a half-year bulletin names (seed 000: 表扬先进、督促后进), stated once here and on the screen:
 * <ul>
 * <li><b>advanced</b>: graded 先锋 ★ in at least half of the period's months (3 of 6), never 后进 △, and no item
 *     late or under a rectification ordered in the period;</li>
 * <li><b>lagging</b>: graded 后进 △ in any month of the period, or an item late in it, or a rectification ordered
 *     in it.</li>
 * </ul>
 * The two exclude each other; everyone else is named neither way.
 */
public final class StandingRule {

    private StandingRule() {
    }

    /** The fewest pioneer months that make a member advanced: half the period's months, rounded up. */
    public static int pioneerMonthsNeeded(Period period) {
        return (period.kind().months() + 1) / 2;
    }

    public static Standing of(MemberRecord member, Period period) {
        int pioneer = member.monthsGraded(StarGrade.PIONEER);
        int lagging = member.monthsGraded(StarGrade.LAGGING);
        int late = member.lateIn(period);
        int rectified = member.rectifiedIn(period);
        Standing.Kind kind;
        if (lagging > 0 || late > 0 || rectified > 0) {
            kind = Standing.Kind.LAGGING;
        } else if (pioneer >= pioneerMonthsNeeded(period)) {
            kind = Standing.Kind.ADVANCED;
        } else {
            kind = Standing.Kind.NEITHER;
        }
        return new Standing(member.personId(), member.name(), kind, pioneer, lagging, late, rectified);
    }

    /** The members the bulletin names, advanced first (most pioneer months first), then lagging; each by name after. */
    public static List<Standing> named(List<MemberRecord> members, Period period) {
        return members.stream().map(member -> of(member, period))
                .filter(standing -> standing.kind() != Standing.Kind.NEITHER)
                .sorted(Comparator.comparing(Standing::kind)
                        .thenComparing(Comparator.comparingInt(Standing::pioneerMonths).reversed())
                        .thenComparing(Standing::name))
                .toList();
    }
}
