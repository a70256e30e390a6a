package org.jiannuo.it.adversarial;

import static org.jiannuo.it.adversarial.Attack.Outcome.refusedIf;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.StandardLogin;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.HttpSession;

/** What another site or a stale session can do with a signed-in browser (8, 9). */
final class SessionAttacks {

    private final Target target;

    SessionAttacks(Target target) {
        this.target = target;
    }

    List<Attack> attacks() {
        return List.of(
                new Attack(8, "a form of another site posts to a body-less API call with the session cookie", this::crossSitePost),
                new Attack(8, "a session id planted before sign-in is still the session after it", this::sessionFixation),
                new Attack(9, "a suspended tenant's open session goes on working", this::suspendedTenantsSession));
    }

    /** Disabling an account takes no body: a page of another site could post it with the admin's cookie alone. */
    private Attack.Outcome crossSitePost() throws Exception {
        HttpSession browser = target.client();
        browser.login(Target.DEMO, "admin", Target.DEMO_PASSWORD);
        String head = StandardLogin.ADMINISTRATIVE_HEAD.username();
        JsonObject row = Target.json(browser.api("GET", "api/v1/accounts?q=" + head, Target.ADMIN, Target.DEMO_PASSWORD,
                null, null)).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(account -> head.equals(account.getString("username", null))).findFirst().orElseThrow();
        String path = "api/v1/accounts/" + row.getJsonNumber("accountId").longValue();
        HttpResponse<String> forged = browser.postForm(path + "/disable", Map.of());
        if (forged.statusCode() < 300) {
            browser.api("POST", path + "/enable", Target.ADMIN, Target.DEMO_PASSWORD, "{}", null);
        }
        return refusedIf(forged.statusCode() == 401 || forged.statusCode() == 403, "forged POST " + Target.brief(forged));
    }

    private Attack.Outcome sessionFixation() throws Exception {
        HttpSession browser = target.client();
        browser.get("login.xhtml");
        String planted = browser.sessionId();
        HttpResponse<String> login = browser.login(Target.DEMO, "admin", Target.DEMO_PASSWORD);
        String after = browser.sessionId();
        boolean changed = planted != null && after != null && !planted.equals(after);
        return refusedIf(login.statusCode() == 302 && changed,
                "sign-in " + login.statusCode() + ", session id " + (changed ? "changed" : "kept: " + planted));
    }

    private Attack.Outcome suspendedTenantsSession() throws Exception {
        String tenant = "it-adv-suspended";
        target.openTenant(tenant);
        HttpSession session = target.client();
        session.login(tenant, Target.TENANT_ADMIN, Fixtures.PASSWORD);
        int before = session.get("index.xhtml").statusCode();
        HttpSession root = target.client();
        root.api("POST", "api/v1/tenants/" + tenant + "/suspend", Target.ROOT, Target.DEMO_PASSWORD, "{}", null);
        try {
            HttpResponse<String> next = session.get("index.xhtml");
            String location = next.headers().firstValue("Location").orElse("");
            return refusedIf(before == 200 && next.statusCode() == 302 && location.contains("login.xhtml"),
                    "before suspension " + before + ", next request " + next.statusCode() + " " + location);
        } finally {
            root.api("POST", "api/v1/tenants/" + tenant + "/reactivate", Target.ROOT, Target.DEMO_PASSWORD, "{}", null);
        }
    }
}
