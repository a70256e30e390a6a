package org.jiannuo.it.security;

import org.jiannuo.it.support.ClientTestBase;
import org.jiannuo.it.support.HttpSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.junit.jupiter.api.Test;

/**
 * Every kind of answer, over HTTP as a browser or a client gets it, carries the headers that keep a browser from
 * being turned against the application (issue 14): a Content-Security-Policy without inline scripts (a page's
 * own scripts carry its nonce), nosniff, no framing, a referrer policy and a permissions policy; personal answers
 * are kept from caches; the session cookie is SameSite and HttpOnly; no answer names the server product; the
 * metrics answer the platform's and a department's administrators only.
 */
class SecurityHeadersIT extends ClientTestBase {

    private static final String DEMO = DemoTenantInstaller.TENANT_CODE;
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>");
    private static final Pattern SCRIPT_BODY = Pattern.compile("<script\\b[^>]*>.*?</script>", Pattern.DOTALL);
    private static final Pattern INLINE_HANDLER = Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=");

    @Test
    void theLoginPageAndTheSessionCookie() throws Exception {
        HttpResponse<String> login = http.get("login.xhtml");
        assertEquals(200, login.statusCode());
        assertPage(login);
        assertPersonal(login);

        String cookie = login.headers().allValues("set-cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElse(null);
        assertNotNull(cookie, "the login page opens a session: " + login.headers().map());
        assertTrue(cookie.contains("; HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("; samesite=lax"), cookie);
        assertFalse(cookie.contains("; Secure"), "plain HTTP here; Payara marks it Secure over HTTPS: " + cookie);
    }

    @Test
    void signedInPagesErrorPagesAndTheirDownloads() throws Exception {
        assertEquals(302, http.login(DEMO, "admin", PASSWORD).statusCode());
        for (String page : List.of("index.xhtml", "people.xhtml", "accounts.xhtml")) {
            HttpResponse<String> answer = http.get(page);
            assertEquals(200, answer.statusCode(), page);
            assertPage(answer);
            assertPersonal(answer);
        }
        // The container's own 404, for a page and for a file, answered with our error page.
        for (String missing : List.of("no-such-page.xhtml", "no-such-file.txt")) {
            HttpResponse<String> notFound = http.get(missing);
            assertEquals(404, notFound.statusCode(), missing);
            assertTrue(notFound.body().contains("id=\"error-page\""), notFound.body());
            assertPage(notFound);
            assertPersonal(notFound);
        }
        // A page posted back in a view the server does not know: the expired page, from an exception.
        HttpResponse<String> toExpired = http.postForm("index.xhtml", Map.of("jakarta.faces.ViewState", "-4711:-4711"));
        assertEquals(302, toExpired.statusCode(), toExpired.body());
        assertTrue(toExpired.headers().firstValue("location").orElseThrow().endsWith("/expired.xhtml"));
        assertHardened(toExpired.headers());
        assertPersonal(toExpired);
        HttpResponse<String> expired = http.get("expired.xhtml");
        assertTrue(expired.body().contains("id=\"error-page\""), expired.statusCode() + " " + expired.body());
        assertPage(expired);
        assertPersonal(expired);
        // A page the user may not open: Shiro's refusal, answered with the error page.
        HttpResponse<String> refused = http.get("tenants.xhtml");
        assertTrue(refused.statusCode() == 401 || refused.statusCode() == 403, String.valueOf(refused.statusCode()));
        assertPage(refused);
        // The screens' download links read the API with the session.
        HttpResponse<byte[]> report = http.send(HttpRequest.newBuilder(http.uri(
                "api/v1/reports/organization-overview?format=pdf")).GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, report.statusCode());
        assertHardened(report.headers());
        assertPersonal(report);
    }

    @Test
    void theApiPublicCallsResourcesAndProbes() throws Exception {
        HttpResponse<String> me = http.api("GET", "api/v1/me", ADMIN, PASSWORD, null, null);
        assertEquals(200, me.statusCode(), me.body());
        assertHardened(me.headers());
        assertPersonal(me);
        HttpResponse<String> refused = http.get("api/v1/me");
        assertEquals(401, refused.statusCode());
        assertHardened(refused.headers());
        assertPersonal(refused);
        HttpResponse<String> publicBallot = http.get("api/v1/public/ballot?tenant=" + DEMO + "&occasion=0&code=WRONG");
        assertTrue(publicBallot.statusCode() >= 400 && publicBallot.statusCode() < 500, publicBallot.body());
        assertHardened(publicBallot.headers());

        for (String probe : List.of("health/ready", "openapi")) {
            HttpResponse<String> answer = http.get(probe);
            assertEquals(200, answer.statusCode(), probe);
            assertHardened(answer.headers());
        }

        // The public board is another feature's; whatever answers there has the headers and leaves caching to it.
        for (String board : List.of("board/", "api/v1/public/board")) {
            HttpResponse<String> answer = http.get(board);
            assertHardened(answer.headers());
        }

        HttpResponse<String> login = http.get("login.xhtml");
        Matcher stylesheet = Pattern.compile("href=\"([^\"]*jakarta\\.faces\\.resource/[^\"]+)\"").matcher(login.body());
        assertTrue(stylesheet.find(), login.body());
        HttpResponse<String> resource = http.get(stylesheet.group(1).replace("&amp;", "&").substring(1));
        assertEquals(200, resource.statusCode(), stylesheet.group(1));
        assertHardened(resource.headers());
        assertFalse(resource.headers().allValues("cache-control").contains("no-store"), "resources may be cached");
        HttpResponse<String> missingResource = http.get("jakarta.faces.resource/no-such-script.js.xhtml");
        assertEquals(404, missingResource.statusCode());
        assertHardened(missingResource.headers());
        HttpResponse<byte[]> favicon = http.send(HttpRequest.newBuilder(http.uri("favicon.ico")).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, favicon.statusCode());
        assertHardened(favicon.headers());
    }

    @Test
    void theMetricsAnswerThePlatformAndDepartmentAdministratorsOnly() throws Exception {
        HttpResponse<String> anonymous = http.get("metrics");
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertHardened(anonymous.headers());
        assertFalse(anonymous.body().contains("jdbc") || anonymous.body().contains("# TYPE"), anonymous.body());
        assertEquals(401, http.get("metrics?scope=base").statusCode());

        HttpResponse<String> member = http.api("GET", "metrics", MEMBER, PASSWORD, null, null);
        assertEquals(403, member.statusCode(), member.body());
        assertHardened(member.headers());

        for (String administrator : List.of("root@platform", ADMIN)) {
            HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(http.uri("metrics"))
                    .header("Authorization", HttpSession.basic(administrator, PASSWORD)).GET(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, allowed.statusCode(), administrator + ": " + allowed.body());
            assertTrue(allowed.body().contains("# TYPE"), allowed.body());
            assertHardened(allowed.headers());
            assertPersonal(allowed);
            assertTrue(allowed.headers().allValues("set-cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    "no session for a machine's call: " + allowed.headers().allValues("set-cookie"));
        }

        HttpSession adminSession = new HttpSession(deploymentUrl.toURI());
        assertEquals(302, adminSession.login(DEMO, "admin", PASSWORD).statusCode());
        assertEquals(200, adminSession.get("metrics").statusCode(), "an administrator's browser reads them too");
    }

    /** A page rendered by PrimeFaces: its scripts carry the policy's nonce, and no element has an inline handler. */
    private static void assertPage(HttpResponse<String> page) {
        assertHardened(page.headers());
        String policy = page.headers().firstValue("content-security-policy").orElseThrow();
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), "a page's policy names its nonce: " + policy);
        Matcher script = SCRIPT.matcher(page.body());
        int inline = 0;
        while (script.find()) {
            String attributes = script.group(1);
            if (!attributes.contains("src=")) {
                inline++;
                assertTrue(attributes.contains("nonce=\"" + nonce.group(1) + "\""), "an inline script without the nonce: "
                        + script.group());
            }
        }
        assertTrue(inline > 0, "PrimeFaces starts its widgets from inline scripts");
        Matcher handler = INLINE_HANDLER.matcher(SCRIPT_BODY.matcher(page.body()).replaceAll(""));
        assertFalse(handler.find(), () -> "an inline handler the policy would block: " + handler.group());
    }

    private static void assertHardened(HttpHeaders headers) {
        List<String> policies = headers.allValues("content-security-policy");
        assertEquals(1, policies.size(), "one policy: " + policies);
        String policy = policies.get(0);
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self'", "frame-ancestors 'none'", "img-src 'self' data:")) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
        String scripts = policy.replaceAll(".*script-src ([^;]*).*", "$1");
        assertTrue(scripts.startsWith("'self'"), policy);
        assertFalse(scripts.contains("unsafe"), "no inline or evaluated scripts: " + policy);
        assertEquals(List.of("nosniff"), headers.allValues("x-content-type-options"));
        assertEquals(List.of("DENY"), headers.allValues("x-frame-options"));
        assertEquals(List.of("same-origin"), headers.allValues("referrer-policy"));
        assertTrue(headers.firstValue("permissions-policy").orElse("").contains("camera=()"), headers.map().toString());
        assertTrue(headers.allValues("server").isEmpty(), "no product banner: " + headers.allValues("server"));
        assertTrue(headers.allValues("x-powered-by").isEmpty(), "no product banner: " + headers.allValues("x-powered-by"));
    }

    private static void assertPersonal(HttpResponse<?> answer) {
        assertTrue(answer.headers().allValues("cache-control").contains("no-store"),
                answer.uri() + ": " + answer.headers().allValues("cache-control"));
    }
}
