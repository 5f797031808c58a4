package nl.regioan.app.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.regioan.db.DatabaseMigrations;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the data source from configuration (KB_DB_URL, KB_DB_USER, KB_DB_PASSWORD) and brings
 * the schema up to date before anything else touches the database; a failed migration stops the process.
 * The pool survives a database outage (see the properties).
 */
@DataSourceDefinition(
        name = DatabaseStartup.DATA_SOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=kb.db.url}",
        user = "${MPCONFIG=kb.db.user}",
        password = "${MPCONFIG=kb.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        // Every connection is checked (a ping) before it is lent, and one broken connection discards the whole
        // pool: after a database outage or a failover no stale connection is handed out, and the pool refills
        // itself as soon as the database answers again. (auto-commit validation never reached the server.)
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.validate-atmost-once-period-in-seconds=0"})
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits its own transactions.
public class DatabaseStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/kb";

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "kb.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "kb.startup.exit-on-database-failure", defaultValue = "true")
    boolean exitOnFailure;

    @PostConstruct
    void migrate() {
        // Reachability was checked when Payara opened the persistence unit (DatabaseReachabilityCheck).
        try {
            MigrateResult result = DatabaseMigrations.migrate(dataSource);
            LOG.info(() -> result.migrationsExecuted == 0
                    ? "Database schema is up to date on " + databaseUrl
                    : "Database schema migrated to version " + result.targetSchemaVersion + " ("
                            + result.migrationsExecuted + " migrations applied) on " + databaseUrl);
        } catch (RuntimeException e) {
            throw StartupFailure.stop("Database migration failed on " + databaseUrl + ": " + rootMessage(e), exitOnFailure);
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
