package org.jiannuo.interfaces.security;

import org.apache.shiro.authc.UsernamePasswordToken;

/** A login names its tenant: the same username may exist in every county. */
public class TenantUsernamePasswordToken extends UsernamePasswordToken {

    private final String tenantCode;

    public TenantUsernamePasswordToken(String tenantCode, String username, String password, String host) {
        super(username, password, false, host);
        this.tenantCode = tenantCode;
    }

    /**
     * HTTP basic authentication has no tenant field: the API takes {@code username@tenant}.
     */
    static TenantUsernamePasswordToken fromQualifiedUsername(String qualified, char[] password, String host) {
        int at = qualified == null ? -1 : qualified.lastIndexOf('@');
        String username = at < 0 ? qualified : qualified.substring(0, at);
        String tenant = at < 0 ? "" : qualified.substring(at + 1);
        return new TenantUsernamePasswordToken(tenant, username, new String(password), host);
    }

    public String getTenantCode() {
        return tenantCode;
    }
}
