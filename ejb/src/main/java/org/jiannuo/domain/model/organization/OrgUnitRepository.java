package org.jiannuo.domain.model.organization;

import java.util.Map;

public interface OrgUnitRepository {

    /** Persists a new unit, completes its tree path and writes it at once. */
    void store(OrgUnit unit);

    long count();

    Map<OrgUnitType, Long> countByType();
}
