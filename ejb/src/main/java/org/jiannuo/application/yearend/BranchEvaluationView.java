package org.jiannuo.application.yearend;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jiannuo.domain.model.yearend.BranchState;
import org.jiannuo.domain.model.yearend.MassParticipantKind;

/**
 * A branch's year-end evaluation with the figures its rules are stated with: the mass quorum (share, needed,
 * forms filled, whether it counts) and the excellent quota (share, limit, the largest branch with none).
 */
public record BranchEvaluationView(long id, long campaignId, int year, long unitId, String unitName,
        BranchState state, long version, OccasionLine mutual, OccasionLine mass, OccasionLine ballot,
        Map<MassParticipantKind, Integer> panel, int panelSize, int memberCount, int massPercent, int massRequired,
        int massForms, boolean massCounts, int excellentPercent, int excellentLimit, int smallBranchUpTo,
        String returnedReason, LocalDateTime proposedAt, LocalDateTime confirmedAt, LocalDateTime publishedAt,
        LocalDate publicUntil, boolean runs, boolean confirms, List<MemberLine> members) implements Serializable {
}
