package org.jiannuo.interfaces.web.tenant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.jiannuo.application.tenant.TenantAdministration;
import org.jiannuo.application.tenant.TenantSummary;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/** 租户管理: the platform administrator opens, suspends and reactivates organization departments. */
@Named
@ViewScoped
public class TenantsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TenantAdministration administration;

    private List<TenantSummary> tenants;

    @NotBlank
    @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{tenant.code.pattern}")
    private String code;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotBlank
    @Pattern(regexp = "[A-Za-z0-9._-]{2,60}", message = "{tenant.username.pattern}")
    private String adminUsername = "admin";
    @NotBlank
    @Size(min = 8, max = 200)
    private String adminPassword;

    @PostConstruct
    void load() {
        tenants = administration.list();
    }

    public void open() {
        change(() -> administration.open(code, name, adminUsername, adminPassword), "tenant.opened");
        code = null;
        name = null;
        adminPassword = null;
    }

    public void suspend(String tenantCode) {
        change(() -> administration.suspend(tenantCode), "tenant.suspended");
    }

    public void reactivate(String tenantCode) {
        change(() -> administration.reactivate(tenantCode), "tenant.reactivated");
    }

    private void change(Supplier<TenantSummary> action, String doneMessage) {
        TenantSummary changed = PageActions.call(action);
        if (changed != null) {
            Messages.info(doneMessage, changed.name());
            load();
        }
    }

    public List<TenantSummary> getTenants() {
        return tenants;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }
}
