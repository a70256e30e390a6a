/**
 * The report engine: the compiled JasperReports templates ({@link org.jiannuo.reports.ReportTemplate}) with their
 * shared styles ({@code styles.jrtx}) and the embedded CJK font, {@link org.jiannuo.reports.ReportRenderer} for PDF and
 * XLSX, and one row record per template fed through {@link org.jiannuo.reports.RecordDataSource}. Figures are worked out
 * in Java before they reach a row, not in JRXML expressions. Knows nothing of the application or the screens.
 */
package org.jiannuo.reports;
