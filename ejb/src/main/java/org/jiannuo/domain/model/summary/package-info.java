/**
 * Summing up fulfilment over a period (每半年一小结, 每季度一报告; seeds 000, 001): the {@link
 * org.jiannuo.domain.model.summary.Period} (halves and quarters), the member's half-year
 * {@link org.jiannuo.domain.model.summary.SelfReport}, and the unit's {@link org.jiannuo.domain.model.summary.Bulletin}
 * drafted from the ledger's {@link org.jiannuo.domain.model.summary.ItemFacts} and the monthly grades, naming members
 * by the {@link org.jiannuo.domain.model.summary.StandingRule}. Uses organization, person and appraisal; stored
 * through {@code SummaryRepository}.
 */
package org.jiannuo.domain.model.summary;
