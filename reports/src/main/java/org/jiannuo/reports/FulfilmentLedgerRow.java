package org.jiannuo.reports;

/**
 * One item of the fulfilment ledger (践诺台账); every value is already formatted in the reader's language,
 * the template only lays it out.
 *
 * <p>The template {@link ReportTemplate#FULFILMENT_LEDGER} takes these parameters, all optional:
 * <ul>
 * <li>{@code TITLE}, {@code SCOPE}, {@code FILTER_LINE}, {@code GENERATED}, {@code COUNT_LINE} ({@code String}) —
 *     the lines above the table on the first page, e.g. "城关镇党委 2026 年度践诺台账", "范围：城关镇党委及下级组织",
 *     the filters in words (an empty or missing {@code FILTER_LINE} takes no space), "生成时间：2026-11-21 10:00",
 *     "共 1,234 项，逾期 56 项". Not {@code FILTER}: JasperReports reserves that name for its row filter
 *     ({@code JRParameter.FILTER}) and would take the text for one;</li>
 * <li>{@code COLUMN_LABELS} ({@code java.util.List<String>}) — the 12 column headings in the order of this
 *     record's components, from {@code number} to {@code rectification}; missing, it is the Chinese
 *     序号, 党组织, 承诺人, 类别, 类型, 承诺内容, 践诺措施, 完成时限, 状态, 最近记实, 逾期, 整改;</li>
 * <li>{@code PAGE_PATTERN} ({@code String}) — a {@link java.text.MessageFormat} pattern with {0} the page and {1}
 *     the page count; missing, it is "第 {0} 页，共 {1} 页". Quote a literal apostrophe as two ('').</li>
 * </ul>
 * The column heading repeats on every PDF page; the XLSX export keeps it once, above the first row, and leaves
 * the page footers out. Fills are virtualized: a ledger of any size is swapped to a temporary file page by page.
 *
 * @param number        the item's position in the ledger, 1-based
 * @param unit          the owner's party organization (党组织)
 * @param owner         who committed: a member's or an organization's name (承诺人)
 * @param category      学习 / 工作 / 服务 …
 * @param kind          the commitment's type, e.g. 个人承诺 / 组织承诺
 * @param content       what was promised; long text wraps
 * @param measures      how it is being fulfilled; long text wraps
 * @param dueDate       the deadline, e.g. "2026-12-31"
 * @param status        the item's state in words (进行中 / 已完成 …)
 * @param lastRecord    the latest fulfilment record, e.g. "2026-11-02 走访独居老人 3 户"
 * @param lateness      how late it is, e.g. "逾期 12 天", or empty
 * @param rectification the rectification demanded or done, or empty
 */
public record FulfilmentLedgerRow(int number, String unit, String owner, String category, String kind,
        String content, String measures, String dueDate, String status, String lastRecord, String lateness,
        String rectification) {
}
