/**
 * The suggestion box (意见箱) and public phone of 三公示 (seed 004): an {@link org.jiannuo.domain.model.opinion.Opinion}
 * that anyone leaves on a unit, a published commitment or a published grade, handled by the unit that answers for the
 * target along its {@link org.jiannuo.domain.model.opinion.OpinionState}s, within the handling days of the department's
 * {@link org.jiannuo.domain.model.opinion.OpinionRules}. The writer reads the reply with a
 * {@link org.jiannuo.domain.model.opinion.TrackingCode}; a {@link org.jiannuo.domain.model.opinion.ProofOfWork} keeps
 * bots from filling the box. Uses organization, commitment and appraisal; stored through {@code OpinionRepository}.
 */
package org.jiannuo.domain.model.opinion;
