/**
 * Half-year summaries: members' {@link org.jiannuo.application.summary.SelfReports} and the units'
 * {@link org.jiannuo.application.summary.Bulletins} (half-year bulletins and quarterly reports), with who may do
 * what in {@link org.jiannuo.application.summary.SummaryAccess}.
 */
package org.jiannuo.application.summary;
