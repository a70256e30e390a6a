package org.jiannuo.application.stars;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.stars.FollowUpRepository;
import org.jiannuo.domain.model.stars.FollowUpThresholds;
import org.jiannuo.domain.model.stars.ReserveCadre;
import org.jiannuo.domain.model.stars.StarFollowUpRules;

/**
 * The year-end star list (年度星级名单, seed 003) of a village or of a township's villages: the published ratings
 * with their follow-up, read in one pass through a database cursor for its report. The reserve marks and the
 * pairings are read first: they are few, a share of the members at most.
 */
@Stateless
@TenantScoped
public class StarLists {

    @Inject
    Authorization authorization;

    @Inject
    StarAccess access;

    @Inject
    VillageMembers members;

    @Inject
    FollowUpRepository followUps;

    @Inject
    StarListQuery query;

    /** The reader gets the lines while this call's transaction keeps the cursor open. */
    public <R> R readList(long unitId, int year, Function<Iterator<StarListLine>, R> reader) {
        OrgUnit unit = readable(unitId);
        StarFollowUpRules rules = followUps.followUpRules();
        Set<Long> reserves = followUps.reservesUnder(unit, year).stream().filter(ReserveCadre::isCurrent)
                .map(reserve -> reserve.getPerson().getId()).collect(Collectors.toSet());
        Map<Long, String> helpers = followUps.laggingUnder(unit, year).stream().collect(Collectors.toMap(
                lagging -> lagging.getPerson().getId(), lagging -> lagging.getHelper().getName()));
        try (Stream<StarListLine> lines = query.rows(unit, year).map(row -> new StarListLine(row.unitId(),
                row.unitName(), row.personId(), row.name(), row.category(), row.cap(), row.stars(), row.total(),
                rules.standingOf(row.cap(), row.total()), reserves.contains(row.personId()),
                helpers.get(row.personId())))) {
            return reader.apply(lines.iterator());
        }
    }

    /** The unit's name, for the list's title; refused like the list to those who may not read it. */
    public String unitName(long unitId) {
        return readable(unitId).getName();
    }

    /** The thresholds the list's standings follow, for its legend. */
    public FollowUpThresholds thresholds() {
        return followUps.followUpRules().thresholds();
    }

    private OrgUnit readable(long unitId) {
        OrgUnit unit = members.unit(unitId);
        access.requireReader(unit, authorization.currentScope());
        return unit;
    }
}
