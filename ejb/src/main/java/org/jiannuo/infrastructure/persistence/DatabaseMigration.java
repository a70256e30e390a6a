package org.jiannuo.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.jiannuo.infrastructure.startup.ProductionSettingsCheck;
import org.jiannuo.infrastructure.startup.StartupFailure;

/**
 * The application's one data source, switched between the embedded H2 file database and
 * PostgreSQL by configuration alone, and the Flyway migrations that own its schema.
 * Migrations run before anything else touches the database; EclipseLink never creates tables.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=jiannuo.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=jiannuo.db.url:jdbc:h2:file:~/.jiannuo/jiannuo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}",
        user = "${MPCONFIG=jiannuo.db.user:sa}",
        password = "${MPCONFIG=jiannuo.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 64,
        // A pooled connection is checked each time it is handed out with a query of no table, a round trip
        // (PostgreSQL's driver notices a backend that was terminated or restarted only when it talks to it, so
        // the auto-commit check, which sends nothing, let dead connections through). The pool makes it
        // "SELECT COUNT(*) FROM " + the table name. The driver's isValid, through the custom validation, did the
        // same round trip but loaded the validation class anew for every connection handed out, under the
        // application class loader's lock, which a crowd of voters then queued for. A connection found dead is
        // dropped alone and the next one is checked, until a live one or a new one is handed out. The pool's
        // "fail all connections" is off: on a dead connection it drops every connection, those in use too, so a
        // connection left over from a restart and found dead seconds later failed requests that had just been
        // given a new, live one.
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=table",
            "fish.payara.validation-table-name=(VALUES (1)) AS connection_check",
            "fish.payara.fail-all-connections=false",
            // Every connection is made with the same user, so any free one will do. Payara's default for a pool
            // defined here is to match each checkout against the caller's credentials, under a lock the whole
            // pool shares: a crowd of voters queued for it.
            "fish.payara.match-connections=false"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/jiannuo";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "jiannuo.db.clean-on-start", defaultValue = "false")
    boolean cleanOnStart;

    /** A schema of its own inside a shared database; it must also be the connection's current schema. */
    @Inject
    @ConfigProperty(name = "jiannuo.db.schema")
    Optional<String> schema;

    @Inject
    ProductionSettingsCheck productionSettings;

    private String databaseProduct;

    @PostConstruct
    void migrate() {
        productionSettings.check();
        String target = describeDatabase();
        try {
            FluentConfiguration configuration = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorFolder())
                    .failOnMissingLocations(false)
                    .cleanDisabled(!cleanOnStart);
            schema.ifPresent(configuration::schemas);
            Flyway flyway = configuration.load();
            if (cleanOnStart) {
                LOG.warning(() -> "jiannuo.db.clean-on-start is set: dropping every object in " + target);
                flyway.clean();
            }
            MigrateResult result = flyway.migrate();
            if (vendorFolder().equals("h2")) {
                H2TenantSelectivity.declare(dataSource);
            }
            LOG.info(() -> "Database " + target + " at schema version " + flyway.info().current().getVersion()
                    + " (" + result.migrationsExecuted + " migrations applied now)");
        } catch (RuntimeException | SQLException e) {
            throw StartupFailure.fail("Database migration failed on " + target
                    + ". Nothing was started; fix the database or the migration and start again.", e);
        }
    }

    /** Scripts only one database understands (PostgreSQL's row-level security) live in its own folder. */
    private String vendorFolder() {
        return databaseProduct.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private String describeDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            databaseProduct = meta.getDatabaseProductName();
            return meta.getURL() + " (" + databaseProduct + " " + meta.getDatabaseProductVersion()
                    + ", user " + meta.getUserName() + ")";
        } catch (SQLException | RuntimeException e) {
            throw StartupFailure.fail(DatabaseConnectionCheck.ADVICE, e);
        }
    }
}
