package org.jiannuo.application.publicity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentOwner;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.tenant.TenantRepository;

/**
 * The full addresses of the board's living pages, for what is printed (the QR codes of the commitment letter and
 * card and of the unit's poster): {@code jiannuo.public-url} followed by the page and the public keys of the current
 * tenant and of the unit or person. A tenant's key never changes, so a node keeps what it read.
 */
@ApplicationScoped
public class BoardLinks {

    @Inject
    @ConfigProperty(name = "jiannuo.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    TenantRepository tenants;

    private final Map<String, String> tenantKeys = new ConcurrentHashMap<>();

    /** The unit's board page. */
    public String unitPage(OrgUnit unit) {
        return page("unit.xhtml", "u", unit.publicKey().value());
    }

    /** The page of whoever made the commitment: the member's page, or the organization's board. */
    public String ownerPage(Commitment commitment) {
        CommitmentOwner owner = commitment.owner();
        return owner.isOrganization() ? unitPage(commitment.getOwnerUnit())
                : page("person.xhtml", "p", commitment.getOwnerPerson().publicKey().value());
    }

    private String page(String page, String parameter, String key) {
        String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        return base + "board/" + page + "?t=" + tenantKey() + "&" + parameter + "=" + key;
    }

    private String tenantKey() {
        return tenantKeys.computeIfAbsent(currentTenant.code(), code -> tenants.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("No tenant " + code)).publicKey().value());
    }
}
