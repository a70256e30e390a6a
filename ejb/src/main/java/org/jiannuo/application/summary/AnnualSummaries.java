package org.jiannuo.application.summary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jiannuo.application.people.InScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.summary.AnnualRecord;
import org.jiannuo.domain.model.summary.CoverageGap;

/**
 * The annual assessment summary (年度考核汇总, seeds 004, 000) of a unit's subtree for the department, leaders and
 * the secretaries and staff over it: per person the year's monthly grades, year-end result and items' figures; per
 * unit the distributions, the units below side by side, and who has not committed, published or been evaluated.
 * A unit the caller does not read is reported absent.
 */
@Stateless
@TenantScoped
public class AnnualSummaries {

    /** The most people a coverage list names; its count is always whole. */
    public static final int LISTED = 200;

    @Inject
    Authorization authorization;

    @Inject
    InScope inScope;

    @Inject
    OrgUnitRepository units;

    @Inject
    AnnualQuery query;

    public AnnualOverview overview(long unitId, int year) {
        OrgUnit unit = root(unitId);
        List<UnitFigures> compared = compared(unit, year);
        UnitFigures total = compared.get(0);
        List<CoverageList> coverage = new ArrayList<>();
        for (CoverageGap gap : CoverageGap.values()) {
            long count = switch (gap) {
                case NOT_COMMITTED -> total.notCommitted();
                case NOT_PUBLISHED -> total.notPublished();
                case NOT_EVALUATED -> total.notEvaluated();
            };
            coverage.add(new CoverageList(gap, count, count == 0 ? List.of() : query.lacking(unit, year, gap, LISTED)));
        }
        return new AnnualOverview(year, total, compared.subList(1, compared.size()), coverage,
                query.roster(unit, year));
    }

    /**
     * Every person of the subtree with their year, by unit and name, read in one pass: the reader gets them while
     * this call's transaction keeps the database cursor open, and writes them out before it returns.
     */
    public <R> R readAll(long unitId, int year, Function<Iterator<AnnualRecord>, R> reader) {
        try (Stream<AnnualRecord> records = query.records(root(unitId), year)) {
            return reader.apply(records.iterator());
        }
    }

    /** The subtree's figures and then those of each unit directly below it, without the lists: for the print. */
    public List<UnitFigures> figures(long unitId, int year) {
        return compared(root(unitId), year);
    }

    /** The unit's subtree's figures first, then those of each unit directly below it that is not dissolved. */
    private List<UnitFigures> compared(OrgUnit unit, int year) {
        Map<String, long[]> counts = query.countsByUnit(unit, year);
        List<OrgUnit> below = units.children(unit.getId()).stream().filter(child -> !child.isDissolved()).toList();
        Set<Long> withChildren = units.withChildren(below.stream().map(OrgUnit::getId).toList());
        List<UnitFigures> figures = new ArrayList<>();
        figures.add(figures(unit, !below.isEmpty(), counts));
        below.forEach(child -> figures.add(figures(child, withChildren.contains(child.getId()), counts)));
        return figures;
    }

    public String unitName(long unitId) {
        return root(unitId).getName();
    }

    private OrgUnit root(long unitId) {
        return inScope.unit(unitId, authorization.currentScope());
    }

    /** The unit's subtree's counts: those of the units whose path starts with its own. */
    private static UnitFigures figures(OrgUnit unit, boolean hasChildren, Map<String, long[]> counts) {
        long[] sum = new long[12];
        counts.forEach((path, unitCounts) -> {
            if (path.startsWith(unit.getTreePath())) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += unitCounts[i];
                }
            }
        });
        return new UnitFigures(unit.getId(), unit.getName(), hasChildren, sum[0], sum[1], sum[2], sum[3], sum[4],
                sum[5], sum[6], sum[7], sum[8], sum[9], sum[10], sum[11]);
    }
}
