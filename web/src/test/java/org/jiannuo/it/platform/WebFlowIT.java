package org.jiannuo.it.platform;

import org.jiannuo.it.support.HttpSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed application over HTTP, as a browser and an API client see it, with the demo tenant. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebFlowIT {

    private static final String DEMO = DemoTenantInstaller.TENANT_CODE;
    private static final String PASSWORD = DemoTenantInstaller.PASSWORD;

    @ArquillianResource
    URL deploymentUrl;

    private HttpSession http;

    @BeforeEach
    void newSession() throws URISyntaxException {
        http = new HttpSession(deploymentUrl.toURI());
    }

    @Test
    void loginPageIsChineseByDefaultAndEnglishOnRequest() throws IOException, InterruptedException {
        HttpResponse<String> chinese = http.get("login.xhtml");
        assertEquals(200, chinese.statusCode());
        assertTrue(chinese.body().contains("单位代码"), chinese.body());
        assertTrue(chinese.body().contains("<title>登录"));

        HttpResponse<String> english = http.get("login.xhtml?lang=en");
        assertTrue(english.body().contains("Organization code"), english.body());
        assertTrue(http.get("login.xhtml").body().contains("Sign in"), "the choice sticks for the session");
    }

    @Test
    void pagesRedirectToLoginUntilSignedIn() throws IOException, InterruptedException {
        HttpResponse<String> home = http.get("index.xhtml");

        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    void signingInLandsOnTheTenantsHomePage() throws IOException, InterruptedException {
        http.get("login.xhtml?lang=zh");
        String sessionBefore = http.sessionId();
        HttpResponse<String> login = http.login(DEMO, "admin", PASSWORD);
        assertEquals(302, login.statusCode(), login.body());
        assertTrue(sessionBefore != null && !sessionBefore.equals(http.sessionId()),
                "a new session id after login: " + sessionBefore + " -> " + http.sessionId());

        HttpResponse<String> home = http.get("index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("青山县委组织部（演示）"), home.body());
        assertTrue(home.body().contains("欢迎，组织部管理员"));
        assertTrue(home.body().contains("城关镇党委"), "committee table lists the demo county");
    }

    @Test
    void aLoginFormFromElsewhereSignsNobodyIn() throws IOException, InterruptedException {
        http.get("login.xhtml");
        HttpResponse<String> forged = http.postForm("login.xhtml",
                Map.of("tenant", DEMO, "username", "admin", "password", PASSWORD, "loginToken", "forged"));

        assertEquals(200, forged.statusCode(), "the login page again, not the redirect of a success");
        assertTrue(forged.body().contains("登录页面已过期"), forged.body());
        assertEquals(302, http.get("index.xhtml").statusCode(), "still not signed in");
        HttpResponse<String> withoutToken = http.postForm("login.xhtml",
                Map.of("tenant", DEMO, "username", "admin", "password", PASSWORD));
        assertEquals(200, withoutToken.statusCode());
        assertEquals(302, http.get("index.xhtml").statusCode());
    }

    @Test
    void aWrongPasswordShowsAClearMessageAndNoSession() throws IOException, InterruptedException {
        HttpResponse<String> refused = http.login(DEMO, "lingdao", "not-the-password");

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("单位代码、用户名或密码不正确"), refused.body());
        assertEquals(302, http.get("index.xhtml").statusCode());
    }

    /** One answer for every refused sign-in: the page tells nobody which tenants or usernames exist. */
    @Test
    void anUnknownTenantOrUsernameGetsTheSameAnswerAsAWrongPassword() throws IOException, InterruptedException {
        String wrongPassword = errorOf(http.login(DEMO, "lingdao", "not-the-password").body());
        assertTrue(wrongPassword.contains("单位代码、用户名或密码不正确"), wrongPassword);
        assertEquals(wrongPassword, errorOf(http.login("no-such-county", "admin", PASSWORD).body()));
        assertEquals(wrongPassword, errorOf(http.login(DEMO, "no-such-user", PASSWORD).body()));
    }

    private static String errorOf(String page) {
        int start = page.indexOf("id=\"login-error\"");
        assertTrue(start > 0, page);
        return page.substring(start, page.indexOf("</div>", start));
    }

    @Test
    void apiAnswersWithBasicAuthenticationOfUserAtTenant() throws IOException, InterruptedException {
        HttpResponse<byte[]> me = http.getBytes("api/v1/me", "zhibu@" + DEMO, PASSWORD);
        String json = new String(me.body(), java.nio.charset.StandardCharsets.UTF_8);

        assertEquals(200, me.statusCode(), json);
        assertTrue(json.contains("\"tenant\":\"demo\""), json);
        assertTrue(json.contains("BRANCH_SECRETARY"), json);
        assertEquals(401, http.getBytes("api/v1/me", "zhibu@" + DEMO, "wrong").statusCode(),
                "each call authenticates anew: no session outlives a call");
    }

    @Test
    void overviewReportIsAPdfWithTheCountysChineseNames() throws IOException, InterruptedException {
        HttpResponse<byte[]> pdf = http.getBytes("api/v1/reports/organization-overview?format=pdf", "admin@" + DEMO,
                PASSWORD);

        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("青山县委组织部（演示） 党组织与党员概况"), text);
            assertTrue(text.contains("城关镇党委"), text);
            assertTrue(text.contains("总计"), text);
        }
    }

    @Test
    void overviewReportSpeaksTheReadersLanguage() throws IOException, InterruptedException {
        HttpResponse<byte[]> pdf = http.getBytes("api/v1/reports/organization-overview?format=pdf", "admin@" + DEMO,
                PASSWORD, "en");

        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("organizations-overview.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("青山县委组织部（演示）: organizations and members overview"), text);
            assertTrue(text.contains("Activists") && text.contains("Page 1"), text);
            assertTrue(!text.contains("入党积极分子") && !text.contains("总计"), "no Chinese label: " + text);
            assertTrue(text.contains("城关镇党委"), "the county's names stay as they are: " + text);
        }
    }

    @Test
    void readinessReportsTheDatabase() throws IOException, InterruptedException, URISyntaxException {
        HttpSession root = new HttpSession(new URI(deploymentUrl.getProtocol(), null, deploymentUrl.getHost(),
                deploymentUrl.getPort(), "/", null, null));
        HttpResponse<String> ready = root.get("health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
    }
}
