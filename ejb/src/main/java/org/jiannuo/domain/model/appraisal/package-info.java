/**
 * The monthly appraisal 一讲二评三公示 (seed 004): the {@link org.jiannuo.domain.model.appraisal.Meeting} with its
 * attendance, narrations and exemptions, leaders' remarks, the meeting ballot's tallies, the grades a ballot suggests and
 * the star-pioneer {@link org.jiannuo.domain.model.appraisal.Grading} under the
 * {@link org.jiannuo.domain.model.appraisal.PioneerCap}. Deadlines, the cap and the minimum of ballots come from the
 * department's {@link org.jiannuo.domain.model.appraisal.AppraisalRules}. Uses organization, person and quota; stored
 * through {@code AppraisalRepository}.
 */
package org.jiannuo.domain.model.appraisal;
