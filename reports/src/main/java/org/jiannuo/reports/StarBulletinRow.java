package org.jiannuo.reports;

/**
 * One member's line of a village's quarterly star bulletin (季度星级通报, seed 003), with the branch's meeting it
 * belongs to. The template {@link ReportTemplate#STAR_BULLETIN} groups lines by {@code bulletin}: a branch's bulletin
 * has one group, a township's collection one per branch, each under its name and meeting line and followed by the
 * problems and suggestions raised. Every value is already worded in the reader's language.
 *
 * <p>Parameters: {@code TITLE} (e.g. "2026 年第三季度农村党员星级通报"), {@code SUBTITLE} (whose bulletin, draft or
 * published), {@code LEGEND} (what the cells mean). Column headings and labels come from the labels bundle.
 *
 * @param bulletin    the bulletin's id: its lines are one group
 * @param unit        the branch's name
 * @param meeting     the meeting line, e.g. "通报会：2026-10-08，参加 12 人"
 * @param problems    the problems the members raised
 * @param suggestions the suggestions for improvement
 * @param number      the member's position in the branch, 1-based
 * @param name        the member's name
 * @param category    the member's category and cap, e.g. "在村务农党员（10 星）"
 * @param ideology    the aspect's target drawn as ★ with the log book's pages, e.g. "★★ · 3 篇"
 * @param law         as {@code ideology}
 * @param customs     as {@code ideology}
 * @param liaison     as {@code ideology}
 * @param post        as {@code ideology}
 * @param total       the stars aimed for in all, e.g. "7 / 10"
 * @param remark      the secretary's remark on the member's progress
 */
public record StarBulletinRow(long bulletin, String unit, String meeting, String problems, String suggestions,
        int number, String name, String category, String ideology, String law, String customs, String liaison, String post,
        String total, String remark) {
}
