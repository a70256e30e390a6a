/**
 * A {@link org.jiannuo.domain.model.tenant.Tenant}: one organization department (组织部) and everything under it. Its
 * code is the discriminator on every tenant-owned row; its status decides whether anyone of it signs in. Stored through
 * {@code TenantRepository}.
 */
package org.jiannuo.domain.model.tenant;
