package org.jiannuo.domain.model.tenant;

import java.util.Optional;

public interface TenantRepository {

    Optional<Tenant> findByCode(String code);

    void store(Tenant tenant);
}
