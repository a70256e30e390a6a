package org.jiannuo.infrastructure.generator;

import java.util.List;

/** What provisioning created: the tenant and a few ids that fixtures and the banner refer to. */
public record ProvisionedCounty(String tenantCode, long units, long people, List<Long> personIds) {
}
