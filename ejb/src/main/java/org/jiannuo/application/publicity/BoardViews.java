package org.jiannuo.application.publicity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jiannuo.domain.model.organization.OrgUnitType;

/** What the public board shows, page by page: only public columns, addressed by public keys. */
public final class BoardViews {

    private BoardViews() {
    }

    /** A tenant's front page: its top units. */
    public record TenantBoard(String tenantKey, String tenantName, List<UnitLink> units) {
    }

    /**
     * A unit's board: its sub-units, its own and its members' published commitments of the year (a page of
     * them), the grades it published for one month (those it gave) and its own latest grades, and the
     * year's fulfilment figures (the bulletin: published, closed out, late); for a branch, its members' results of
     * its latest published year-end evaluation; for a village, its members' stars of its latest published year-end
     * star appraisal.
     */
    public record UnitBoard(String tenantKey, String tenantName, String key, String name, OrgUnitType type,
            UnitLink parent, List<UnitLink> children, int year, List<BoardCommitmentLine> commitments,
            long commitmentCount, int page, int pageSize, YearMonth gradePeriod, List<YearMonth> gradePeriods,
            List<BoardGradeLine> grades, List<BoardGradeLine> ownGrades, Bulletin bulletin,
            List<BoardResultLine> results, List<BoardStarLine> stars) {

        public boolean hasNextPage() {
            return (long) (page + 1) * pageSize < commitmentCount;
        }

        public boolean hasPreviousPage() {
            return page > 0;
        }
    }

    /** The year's fulfilment of the published items of a unit and its members. */
    public record Bulletin(long published, long closedOut, long late) {
    }

    /**
     * A person's board: their published commitments of the year, their published grades and year-end results; a
     * village member's signed star target of the year (null when there is none) and published year-end stars.
     */
    public record PersonBoard(String tenantKey, String tenantName, String key, String name, UnitLink unit, int year,
            List<BoardCommitmentLine> commitments, List<BoardGradeLine> grades, BoardStarTarget starTarget,
            List<BoardResultLine> results, List<BoardStarLine> stars) {
    }

    /** One published commitment with its measures. */
    public record CommitmentBoard(String tenantKey, String tenantName, BoardCommitmentLine line, String measures,
            UnitLink unit, LocalDate lastRecordMonth, LocalDate closedOn) {
    }

    /** One published grade, where an objection may be lodged while its period lasts. */
    public record GradeBoard(String tenantKey, String tenantName, BoardGradeLine line, UnitLink gradedBy,
            boolean objectionsOpen) {
    }

    /** One published year-end result, where an objection may be lodged while its period lasts. */
    public record ResultBoard(String tenantKey, String tenantName, BoardResultLine line, UnitLink branch,
            boolean objectionsOpen) {
    }

    /** One member's published year-end stars, where an objection may be lodged while their period lasts. */
    public record StarBoard(String tenantKey, String tenantName, BoardStarLine line, UnitLink village,
            boolean objectionsOpen) {
    }
}
