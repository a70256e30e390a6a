/**
 * The platform administrator's work on tenants ({@link org.jiannuo.application.tenant.TenantAdministration}: open one
 * with its first department admin, suspend, reactivate) and the setting up of tenants
 * ({@link org.jiannuo.application.tenant.PlatformSetup}: the platform tenant's own at start, the opening of any).
 * Nobody of the tenant concerned is logged in, so these bind the tenant explicitly.
 */
package org.jiannuo.application.tenant;
