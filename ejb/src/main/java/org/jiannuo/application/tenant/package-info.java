/**
 * The platform administrator's work on tenants ({@link org.jiannuo.application.tenant.TenantAdministration}: open one
 * with its first department admin, suspend, reactivate) and the platform tenant's own set-up at start
 * ({@link org.jiannuo.application.tenant.PlatformSetup}). Nobody of the tenant concerned is logged in, so these bind the
 * tenant explicitly.
 */
package org.jiannuo.application.tenant;
