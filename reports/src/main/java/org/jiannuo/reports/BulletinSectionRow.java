package org.jiannuo.reports;

/**
 * One section of a half-year bulletin (半年通报) or a quarterly fulfilment report: a heading and its text, already
 * worded in the reader's language. The template {@link ReportTemplate#BULLETIN} lays the sections out one under the
 * other on A4 portrait, the text wrapping and running over pages as long as it is.
 *
 * <p>Parameters, all optional: {@code TITLE} (the heading, e.g. "东岭村党支部 2026 年上半年践诺情况通报"),
 * {@code SUBTITLE} (the line under it, e.g. "已发布 2026-07-05" or "草稿"), {@code FOOTER} (the issuer's line at
 * the end, e.g. "中共东岭村支部委员会"), {@code PAGE_PATTERN} (a {@link java.text.MessageFormat} pattern with {0} the
 * page and {1} the page count; missing, "第 {0} 页，共 {1} 页").
 *
 * @param heading the section's heading (一、总体情况; 二、表扬先进 …)
 * @param text    its text, lines separated by {@code \n}
 */
public record BulletinSectionRow(String heading, String text) {
}
