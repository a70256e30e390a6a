package org.jiannuo.application;

import java.io.Serializable;
import java.util.Map;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.PartyStatus;

/** Head counts of a tenant, for its landing page and overview report. */
public record TenantOverview(Map<OrgUnitType, Long> unitsByType, Map<PartyStatus, Long> peopleByStatus) implements Serializable {

    public long totalUnits() {
        return unitsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public long totalPeople() {
        return peopleByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
