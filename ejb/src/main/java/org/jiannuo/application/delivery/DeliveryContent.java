package org.jiannuo.application.delivery;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Optional;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.appraisal.AppraisalRepository;
import org.jiannuo.domain.model.appraisal.Meeting;
import org.jiannuo.domain.model.appraisal.MeetingKind;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.organization.OrgUnitType;

/** What a recipient's document is made of, found within what the caller may read. */
@Stateless
@TenantScoped
public class DeliveryContent {

    @Inject
    Authorization authorization;

    @Inject
    OrgUnitRepository units;

    @Inject
    AppraisalRepository appraisal;

    /**
     * The published meeting of the unit for the month whose evaluation table is delivered: a branch's monthly
     * meeting, a superior's secretaries' meeting (even months only).
     */
    public Optional<Long> publishedMeeting(long unitId, YearMonth period) {
        AccessScope scope = authorization.currentScope();
        Optional<OrgUnit> unit = units.find(unitId).filter(scope::canRead);
        MeetingKind kind = unit.map(found -> found.getType() == OrgUnitType.BRANCH ? MeetingKind.ORGANIZATION_LIFE
                : MeetingKind.SECRETARIES).orElse(MeetingKind.ORGANIZATION_LIFE);
        return unit.filter(found -> kind.meetsIn(period))
                .flatMap(found -> appraisal.meeting(found, kind, period))
                .filter(Meeting::isPublished).map(Meeting::getId);
    }
}
