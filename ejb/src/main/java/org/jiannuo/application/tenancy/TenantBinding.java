package org.jiannuo.application.tenancy;

/**
 * Binds the running transaction to one tenant, so that everything it reads and writes is that
 * tenant's. Binding a transaction to a second tenant is refused: what it has read belongs to the first.
 */
public interface TenantBinding {

    void bind(String tenantCode);
}
