package org.jiannuo.domain.model.tenant;

import java.util.List;
import java.util.Optional;

public interface TenantRepository {

    Optional<Tenant> findByCode(String code);

    /** The tenant's name while it is active: all a signed-in session needs of it on each request. */
    Optional<String> activeName(String code);

    /** Every tenant, by code: a platform holds tens to hundreds of them. */
    List<Tenant> all();

    void store(Tenant tenant);
}
