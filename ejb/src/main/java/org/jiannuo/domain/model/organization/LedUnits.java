package org.jiannuo.domain.model.organization;

import java.util.List;

/** The active units a person leads: as their secretary, and as their administrative head (often both at once). */
public record LedUnits(List<OrgUnit> asSecretary, List<OrgUnit> asAdministrativeHead) {
}
