/**
 * The monthly appraisal as use cases: meeting records ({@link org.jiannuo.application.appraisal.Meetings}), the
 * meeting's secret ballot as an occasion of the ballot engine ({@link org.jiannuo.application.appraisal.Ballots}),
 * grading under the pioneer cap ({@link org.jiannuo.application.appraisal.Grades}), remarks, exemptions, the data of the
 * evaluation tables, the dashboard of late and missing meetings and the department's settings. Who may do what is
 * {@link org.jiannuo.application.appraisal.AppraisalAccess}; the rules are in {@code domain.model.appraisal}.
 */
package org.jiannuo.application.appraisal;
