package org.jiannuo.it;

import org.jiannuo.it.support.PostgresqlRole;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the whole suite: the WAR the build produced, exactly as Payara Micro
 * runs it (at /), plus the test classes. Payara Micro starts once for all test classes.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    private Deployments() {
    }

    private static final String SHIRO_INI = "WEB-INF/shiro.ini";

    @Deployment
    public static WebArchive application() throws IOException, SQLException {
        PostgresqlRole.prepareIfNeeded();
        File war = new File(System.getProperty("it.war", "target/jiannuo.war"));
        // Named ROOT.war, Payara Micro deploys it at /, as every start does: Payara adds its health, metrics and
        // OpenAPI endpoints to the application at / only, so that the application's own filters guard them.
        WebArchive archive = ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addPackages(true, Deployments.class.getPackage())
                .addAsLibraries(testServerLibraries());
        return openArquillianRunner(archive);
    }

    /** What in-container tests use beyond the application: GreenMail and PDFBox. */
    private static File[] testServerLibraries() {
        File[] jars = new File(System.getProperty("it.libs", "target/it-libs")).listFiles(
                (directory, name) -> name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("No test server libraries in target/it-libs: run the package phase first");
        }
        return jars;
    }

    /** Arquillian calls its test runner servlet without logging in: the only change to the real WAR. */
    private static WebArchive openArquillianRunner(WebArchive archive) throws IOException {
        String ini;
        try (InputStream in = archive.get(SHIRO_INI).getAsset().openStream()) {
            ini = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        archive.delete(SHIRO_INI);
        return archive.add(new StringAsset(ini.replace("[urls]\n", "[urls]\n/ArquillianServletRunner* = anon\n")),
                SHIRO_INI);
    }
}
