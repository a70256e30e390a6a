package org.jiannuo.it.account;

import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.HttpSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a hostile page, a flood of guesses or a suspended tenant can do to signed-in sessions, from outside:
 * the session cookie does not make the API change anything, an API call with credentials of its own is
 * answered without any cookie, a flood of wrong basic logins is answered without taking the node down, and a
 * suspended tenant's open session ends on its next request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionSecurityIT {

    private static final String DEMO = DemoTenantInstaller.TENANT_CODE;
    private static final String PASSWORD = DemoTenantInstaller.PASSWORD;
    /** Below the failures one address may have in a minute: every client of the suite calls from 127.0.0.1. */
    private static final int FLOOD = 40;

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void aCrossSiteFormPostWithTheSessionCookieChangesNothingThroughTheApi() throws Exception {
        HttpSession browser = new HttpSession(deploymentUrl.toURI());
        assertEquals(302, browser.login(DEMO, "admin", PASSWORD).statusCode());
        assertEquals(200, browser.get("api/v1/me").statusCode(), "the screens' download links read with the session");

        // What a page of another site can send: a form post that carries the cookie and nothing else.
        HttpResponse<String> forged = browser.postForm("api/v1/tenants/" + DEMO + "/suspend", Map.of());
        assertEquals(401, forged.statusCode(), forged.body());
        HttpResponse<String> forgedPublication = browser.postForm("api/v1/commitments/publication", Map.of());
        assertEquals(401, forgedPublication.statusCode(), forgedPublication.body());
        assertEquals(200, browser.get("index.xhtml").statusCode(), "and the session itself goes on");
    }

    @Test
    void anApiCallSignedInByItsOwnCredentialsSetsNoCookie() throws Exception {
        HttpSession http = new HttpSession(deploymentUrl.toURI());
        HttpResponse<String> me = http.api("GET", "api/v1/me", "zhibu@" + DEMO, PASSWORD, null, null);
        assertEquals(200, me.statusCode(), me.body());
        // Neither a session nor Shiro's "rememberMe=deleteMe", the mark by which scanners recognise Shiro.
        assertEquals(List.of(), me.headers().allValues("Set-Cookie"));
    }

    @Test
    void aFloodOfWrongBasicLoginsIsAnsweredAndARealUserStillGetsIn() throws Exception {
        HttpSession http = new HttpSession(deploymentUrl.toURI());
        // Made-up users only: a real one would wait after its fifth wrong password, and other tests sign in with it.
        ExecutorService pool = Executors.newFixedThreadPool(FLOOD);
        List<Future<Integer>> answers = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int i = 0; i < FLOOD; i++) {
                String user = "nobody-" + i + "@" + DEMO;
                answers.add(pool.submit(() -> http.api("GET", "api/v1/me", user, "wrong-password", null, null)
                        .statusCode()));
            }
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertTrue(status == 401 || status == 429, "refused, not failed: " + status);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds < 60, FLOOD + " refusals took " + seconds + " s");
        assertEquals(200, http.api("GET", "api/v1/me", "zhibu@" + DEMO, PASSWORD, null, null).statusCode(),
                "a real user gets in right after");
    }

    @Test
    void aSuspendedTenantsOpenSessionEndsOnItsNextRequest() throws Exception {
        HttpSession root = new HttpSession(deploymentUrl.toURI());
        String tenant = "it-session-end";
        HttpResponse<String> opened = root.api("POST", "api/v1/tenants", "root@platform", PASSWORD,
                "{\"code\":\"" + tenant + "\",\"name\":\"停用测试组织部\",\"adminUsername\":\"zuzhibu\",\"adminPassword\":\""
                        + Fixtures.PASSWORD + "\"}", null);
        assertTrue(opened.statusCode() < 300, opened.body());
        HttpSession session = new HttpSession(deploymentUrl.toURI());
        assertEquals(302, session.login(tenant, "zuzhibu", Fixtures.PASSWORD).statusCode());
        assertEquals(200, session.get("index.xhtml").statusCode());

        assertEquals(200, root.api("POST", "api/v1/tenants/" + tenant + "/suspend", "root@platform", PASSWORD, "{}", null)
                .statusCode());
        try {
            HttpResponse<String> next = session.get("index.xhtml");
            assertEquals(302, next.statusCode());
            assertTrue(next.headers().firstValue("Location").orElse("").contains("login.xhtml?ended=true"),
                    next.headers().toString());
            assertEquals(302, session.get("index.xhtml").statusCode(), "signed out for good");
        } finally {
            root.api("POST", "api/v1/tenants/" + tenant + "/reactivate", "root@platform", PASSWORD, "{}", null);
        }
    }
}
