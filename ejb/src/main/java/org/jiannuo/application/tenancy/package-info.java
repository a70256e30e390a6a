/**
 * The port for multi-tenancy: {@link org.jiannuo.application.tenancy.TenantScoped} marks a service whose every call
 * runs in the caller's tenant; {@link org.jiannuo.application.tenancy.CurrentTenant} tells which tenant and account a
 * call runs for; {@link org.jiannuo.application.tenancy.TenantContext} names the tenant of work without a logged-in user;
 * {@link org.jiannuo.application.tenancy.TenantBinding} binds a transaction to a tenant, never to a second one. The
 * interceptor, the Shiro lookup and the persistence binding behind them are in {@code infrastructure.tenancy}.
 */
package org.jiannuo.application.tenancy;
