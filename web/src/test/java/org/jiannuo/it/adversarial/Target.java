package org.jiannuo.it.adversarial;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.HttpSession;

/** The deployed application as the attacks see it: its address, the demo's logins and tenants of their own. */
final class Target {

    static final String DEMO = DemoTenantInstaller.TENANT_CODE;
    static final String DEMO_PASSWORD = DemoTenantInstaller.PASSWORD;
    static final String ROOT = "root@platform";
    static final String ADMIN = "admin@" + DEMO;
    static final String BRANCH_SECRETARY = "zhibu@" + DEMO;
    static final String MEMBER = "dangyuan@" + DEMO;
    /** The first department admin of every tenant the attacks open. */
    static final String TENANT_ADMIN = "zuzhibu";

    private final URI base;

    Target(URI base) {
        this.base = base;
    }

    /** A client of its own, with no cookie of another attack. */
    HttpSession client() {
        return new HttpSession(base);
    }

    /** Opens a tenant of the attack's own (as the platform's root), whose admin signs in with the fixtures' password. */
    void openTenant(String code) throws IOException, InterruptedException {
        HttpResponse<String> opened = client().api("POST", "api/v1/tenants", ROOT, DEMO_PASSWORD,
                Json.createObjectBuilder().add("code", code).add("name", "攻击测试组织部 " + code)
                        .add("adminUsername", TENANT_ADMIN).add("adminPassword", Fixtures.PASSWORD).build().toString(),
                null);
        if (opened.statusCode() >= 300) {
            throw new IllegalStateException("Could not open tenant " + code + ": " + opened.body());
        }
    }

    /** GET {@code api/v1/me}: the caller's person and unit. */
    JsonObject me(String user, String password) throws IOException, InterruptedException {
        return json(client().api("GET", "api/v1/me", user, password, null, null));
    }

    static JsonObject json(HttpResponse<String> response) {
        JsonValue value = Json.createReader(new StringReader(response.body())).readValue();
        return value.asJsonObject();
    }

    /** The refusal a login page shows, or null when it shows none. */
    static String loginError(String page) {
        int start = page.indexOf("id=\"login-error\"");
        return start < 0 ? null : page.substring(start, page.indexOf("</div>", start));
    }

    static String brief(HttpResponse<?> response) {
        Object body = response.body();
        String text = body instanceof byte[] bytes ? bytes.length + " bytes" : String.valueOf(body);
        return response.statusCode() + " " + (text.length() > 160 ? text.substring(0, 160) + "…" : text);
    }
}
