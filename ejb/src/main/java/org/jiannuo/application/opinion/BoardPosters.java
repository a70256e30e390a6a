package org.jiannuo.application.opinion;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jiannuo.application.organization.UnitNotFoundException;
import org.jiannuo.application.publicity.BoardLinks;
import org.jiannuo.application.security.AccessDeniedException;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;

/**
 * What the printed poster of a unit's physical board (公示栏) carries: the unit, its public phone and its living
 * page on the public board. For those who keep the unit's board: its own secretary and staff, those above, the
 * department.
 */
@Stateless
@TenantScoped
public class BoardPosters {

    /** One poster's contents. */
    public record PosterView(String unitName, String publicPhone, String boardPage) {
    }

    @Inject
    Authorization authorization;

    @Inject
    OrgUnitRepository units;

    @Inject
    BoardLinks addresses;

    public PosterView poster(long unitId) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = units.find(unitId).filter(scope::canRead).orElseThrow(() -> new UnitNotFoundException(unitId));
        if (!scope.keepsBoardOf(unit) || unit.isDissolved()) {
            throw new AccessDeniedException(scope.account() + " does not keep the board of unit " + unitId);
        }
        return new PosterView(unit.getName(), unit.getPublicPhone(), addresses.unitPage(unit));
    }
}
