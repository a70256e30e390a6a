package org.jiannuo.reports;

/**
 * One member's line of the year-end star list (年度星级名单, seed 003): the published stars of a village branch's
 * member. The template {@link ReportTemplate#STAR_LIST} groups lines by {@code unitId}: a branch's list has one
 * group, a township's one per village, each closed by its head count, commended and lagging. Every value is
 * already worded in the reader's language.
 *
 * <p>Parameters: {@code TITLE} (e.g. "2026 年度农村党员星级名单"), {@code SUBTITLE} (whose list), {@code LEGEND} (what
 * the thresholds are), {@code ASPECTS} (the five aspects' names), {@code BRANCH_TOTAL} (the footer's wording with
 * {0} members, {1} commended, {2} lagging). Column headings come from the labels bundle.
 *
 * @param unitId    the branch's id: its lines are one group
 * @param unit      the branch's name
 * @param number    the member's position in the branch, 1-based
 * @param name      the member's name
 * @param category  the member's category and cap, e.g. "在村务农党员（10 星）"
 * @param ideology  the aspect's stars drawn as ★ ("—" for none)
 * @param law       as {@code ideology}
 * @param customs   as {@code ideology}
 * @param liaison   as {@code ideology}
 * @param post      as {@code ideology}
 * @param total     the stars rated against the cap, e.g. "9 / 10"
 * @param followUp  the follow-up: commended, reserve cadre, lagging with the helper's name
 * @param commended 1 when the member is commended, else 0 (summed per branch)
 * @param lagging   1 when the member is lagging, else 0 (summed per branch)
 */
public record StarListRow(long unitId, String unit, int number, String name, String category, String ideology,
        String law, String customs, String liaison, String post, String total, String followUp, int commended,
        int lagging) {
}
