package org.jiannuo.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.infrastructure.startup.DemoTenantInstaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that calls the deployed application from outside, as a program or a person's browser does:
 * the address Arquillian deployed it at, a fresh HTTP session for each test, and the demo's logins.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ClientTestBase {

    protected static final String PASSWORD = DemoTenantInstaller.PASSWORD;
    protected static final String ADMIN = "admin@" + DemoTenantInstaller.TENANT_CODE;
    protected static final String BRANCH_SECRETARY = "zhibu@" + DemoTenantInstaller.TENANT_CODE;
    protected static final String MEMBER = "dangyuan@" + DemoTenantInstaller.TENANT_CODE;

    @ArquillianResource
    protected URL deploymentUrl;

    protected HttpSession http;

    @BeforeEach
    void openHttpSession() throws URISyntaxException {
        http = new HttpSession(deploymentUrl.toURI());
    }

    /** The answer's body as a JSON object, whatever its status: the caller asserts the status it expects. */
    protected static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
