package org.jiannuo.reports;

/**
 * One row of a "星级先锋" evaluation table: a person (附件 1) or a party organization (附件 2) with the counts of
 * the secret ballot and the grade. Every value is already formatted in the reader's language, the template only
 * lays it out.
 *
 * <p>The templates {@link ReportTemplate#MEMBER_EVALUATION} (党员干部职工“星级先锋”评价表) and
 * {@link ReportTemplate#ORGANIZATION_EVALUATION} (基层党组织“星级先锋”评价表) take the same parameters, all optional:
 * <ul>
 * <li>{@code TITLE} ({@code String}) — the heading, e.g. "城关镇第一党支部党员干部职工“星级先锋”评价表"; missing, it is
 *     the annex's name without an organization, 党员干部职工“星级先锋”评价表 or 基层党组织“星级先锋”评价表;</li>
 * <li>{@code PERIOD_LINE}, {@code GENERATED} ({@code String}) — the line under the heading, left and right, e.g.
 *     "2026 年 10 月 · 组织生活会 2026-10-20" and "生成时间：2026-10-21 09:00";</li>
 * <li>{@code BALLOT_LINE} ({@code String}) — the attendance and ballots, e.g.
 *     "应到 12 人，实到 10 人，收回选票 10 张（其中纸质 0 张）"; when too few ballots came back for the counts to be
 *     shown, this line says so and the rows carry counts of 0;</li>
 * <li>{@code LEGEND} ({@code String}) — under the table, what the symbols mean, e.g.
 *     "★ 先锋　☆ 合格　○ 基本合格　△ 后进；“先锋”不超过参评人数的 15%（四舍五入）"; missing, it is the symbols alone;</li>
 * <li>{@code SIGNATURE} ({@code String}) — under the legend, right-aligned, e.g.
 *     "党支部书记（签字）：　　　　　　年　月　日". No default: who signs depends on the organization;</li>
 * <li>{@code COLUMN_LABELS} ({@code java.util.List<String>}) — the 11 column headings in the order of this
 *     record's components, from {@code number} to {@code remark}; missing, they are the Chinese
 *     序号, 姓名, 身份, 讲述, 好, 较好, 一般, 差, 不了解, 评定等次, 点评 (附件 2: 党组织 and 书记 instead of 姓名 and
 *     身份);</li>
 * <li>{@code BALLOT_HEADING} ({@code String}) — the heading over the five counts; missing, it is "无记名投票";</li>
 * <li>{@code PAGE_PATTERN} ({@code String}) — a {@link java.text.MessageFormat} pattern with {0} the page and {1}
 *     the page count; missing, it is "第 {0} 页，共 {1} 页". Quote a literal apostrophe as two ('').</li>
 * </ul>
 * A4 landscape; the column heading repeats on every PDF page, the legend and the signature follow the last row.
 * The XLSX export keeps the heading once, above the first row, and leaves the page footers out.
 *
 * @param number     the row's position in the table, 1-based
 * @param name       附件 1: the person's name; 附件 2: the party organization's name (党支部 …)
 * @param detail     附件 1: the person's identity (党员 / 预备党员 / 入党积极分子 / 党外职工);
 *                   附件 2: the organization's secretary's name
 * @param narration  how the person, or the secretary, narrated (当面讲述 / 书面 / 电话 / 视频 / 电子邮件 / 经批准免于讲述 /
 *                   未讲述)
 * @param good       ballots for 好
 * @param fairlyGood ballots for 较好
 * @param average    ballots for 一般
 * @param poor       ballots for 差
 * @param unknown    ballots for 不了解
 * @param grade      the grade as symbol and word, e.g. "★ 先锋", "☆ 合格", "○ 基本合格", "△ 后进"
 * @param remark     the leader's remark (点评); long text wraps
 */
public record StarEvaluationRow(int number, String name, String detail, String narration,
        int good, int fairlyGood, int average, int poor, int unknown, String grade, String remark) {
}
