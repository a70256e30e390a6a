package org.jiannuo.application.fulfilment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jiannuo.application.people.InScope;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;

/**
 * Completion rates per unit for the dashboards: for each unit directly below the one chosen (the
 * top-level units for the department), its whole subtree's items, closed and late. The database
 * counts per owning unit; the few hundred counts are then summed up the tree.
 */
@Stateless
@TenantScoped
public class CompletionRates {

    @Inject
    Authorization authorization;

    @Inject
    InScope inScope;

    @Inject
    OrgUnitRepository units;

    @PersistenceContext
    EntityManager entityManager;

    /** @param parentId the unit whose children to compare, or null for the top-level units */
    public List<UnitCompletion> below(Long parentId, int year) {
        AccessScope scope = authorization.currentScope();
        List<OrgUnit> compared;
        if (parentId == null) {
            if (!scope.isTenantWide()) {
                throw new AccessDeniedException(scope.account() + " may not compare the whole tenant");
            }
            compared = units.roots();
        } else {
            OrgUnit parent = inScope.unit(parentId, scope);
            compared = units.children(parent.getId());
        }
        compared = compared.stream().filter(unit -> !unit.isDissolved()).toList();
        Set<Long> withChildren = units.withChildren(compared.stream().map(OrgUnit::getId).toList());
        List<Object[]> counts = countsByOwningUnit(year);
        List<UnitCompletion> rates = new ArrayList<>();
        for (OrgUnit unit : compared) {
            long items = 0;
            long closed = 0;
            long overdue = 0;
            double progressSum = 0;
            for (Object[] row : counts) {
                if (((String) row[0]).startsWith(unit.getTreePath())) {
                    items += ((Number) row[1]).longValue();
                    closed += ((Number) row[2]).longValue();
                    overdue += ((Number) row[3]).longValue();
                    progressSum += ((Number) row[4]).doubleValue();
                }
            }
            rates.add(new UnitCompletion(unit.getId(), unit.getName(), withChildren.contains(unit.getId()), items,
                    closed, overdue, items == 0 ? 0 : progressSum / items));
        }
        return rates;
    }

    /** Per owning unit's tree path: items, closed, late and not closed, sum of progress. */
    private List<Object[]> countsByOwningUnit(int year) {
        return entityManager.createQuery("SELECT COALESCE(o.treePath, r.treePath), COUNT(c),"
                        + " SUM(CASE WHEN c.status = :closed THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN c.overdueSince IS NOT NULL AND c.status <> :closed THEN 1 ELSE 0 END),"
                        + " SUM(c.progress)"
                        + " FROM Commitment c LEFT JOIN c.ownerUnit o JOIN c.reviewingUnit r"
                        + " WHERE c.year = :year AND c.status IN :approved"
                        + " GROUP BY COALESCE(o.treePath, r.treePath)", Object[].class)
                .setParameter("closed", CommitmentStatus.CLOSED)
                .setParameter("year", year)
                .setParameter("approved", CommitmentStatus.approved())
                .getResultList();
    }
}
