package nl.regioan.app.infrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Runs when Payara opens the persistence unit, which is the first thing that touches the database
 * during deployment. When MariaDB cannot be reached it logs one line naming the URL and stops the
 * process with exit code 3: a server without its database would only answer with errors.
 */
public class DatabaseReachabilityCheck implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        Config config = ConfigProvider.getConfig(DatabaseReachabilityCheck.class.getClassLoader());
        String url = config.getOptionalValue("kb.db.url", String.class).orElse("(kb.db.url is not set)");
        if (!config.getOptionalValue("kb.startup.exit-on-database-failure", Boolean.class).orElse(true)) {
            return;
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", config.getOptionalValue("kb.db.user", String.class).orElse(""));
        credentials.setProperty("password", config.getOptionalValue("kb.db.password", String.class).orElse(""));
        credentials.setProperty("connectTimeout", "5000");
        try (Connection probe = new org.mariadb.jdbc.Driver().connect(url, credentials)) {
            if (probe == null) {
                throw StartupFailure.stop("Cannot reach the database at " + url + ": not a jdbc:mariadb: URL", true);
            }
        } catch (SQLException e) {
            throw StartupFailure.stop("Cannot reach the database at " + url + ": " + e.getMessage(), true);
        }
    }
}
