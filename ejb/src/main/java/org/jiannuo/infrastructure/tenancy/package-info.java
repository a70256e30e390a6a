/**
 * What keeps the application's tenancy port: {@link org.jiannuo.infrastructure.tenancy.TenantInterceptor} binds every
 * {@code @TenantScoped} call to the caller's tenant; {@link org.jiannuo.infrastructure.tenancy.ShiroCurrentTenant} finds it
 * (an explicit one first, else the Shiro subject's); {@link org.jiannuo.infrastructure.tenancy.JpaTenantBinding} sets
 * EclipseLink's tenant property and, on PostgreSQL, the transaction's {@code jiannuo.tenant} that row-level security
 * reads.
 */
package org.jiannuo.infrastructure.tenancy;
