package org.jiannuo.reports;

/**
 * One person of the annual assessment summary (年度考核汇总); every value is already formatted in the reader's
 * language, the template only lays it out.
 *
 * <p>The template {@link ReportTemplate#ANNUAL_SUMMARY} takes these parameters, all optional:
 * <ul>
 * <li>{@code TITLE}, {@code SCOPE}, {@code GENERATED} ({@code String}) — the lines above the table, e.g.
 *     "城关镇党委 2026 年度考核汇总", "范围：城关镇党委及下级组织", "生成时间：2026-11-21 10:00";</li>
 * <li>{@code FIGURES} ({@code String}) — the subtree's distributions and those of each unit below it, a line each;
 *     it stretches over as many lines as it has;</li>
 * <li>{@code COLUMN_LABELS} ({@code java.util.List<String>}) — the 13 column headings in the order of this
 *     record's components; missing, they are Chinese;</li>
 * <li>{@code PAGE_PATTERN} ({@code String}) — as the ledger's, "第 {0} 页，共 {1} 页" when missing.</li>
 * </ul>
 * Fills are virtualized: a county's summary is swapped to a temporary file page by page.
 *
 * @param number             the person's position, 1-based
 * @param unit               their party organization
 * @param name               the person
 * @param pioneer            months graded 先锋 ★
 * @param qualified          months graded 合格 ☆
 * @param basicallyQualified months graded 基本合格 ○
 * @param lagging            months graded 后进 △
 * @param result             the published year-end result in words, or empty
 * @param items              their approved items of the year
 * @param closed             of those, closed out by the year's end
 * @param late               of those, late at some time in the year
 * @param rectified          of those, with a rectification ordered in the year
 * @param gaps               what they have not done, in words (未承诺、未公开、未评议), or empty
 */
public record AnnualSummaryRow(int number, String unit, String name, int pioneer, int qualified,
        int basicallyQualified, int lagging, String result, int items, int closed, int late, int rectified,
        String gaps) {
}
