package org.jiannuo.application.yearend;

import org.jiannuo.domain.model.yearend.AnnualGrade;

/** The branch's proposed result for one member, with the reason when it goes against the suggestion. */
public record ProposalLine(long personId, AnnualGrade grade, String reason) {
}
