package nl.regioan.db;

import nl.regioan.db.reference.V2__LoadReferenceData;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a MariaDB schema to the newest version. Flyway owns the schema; JPA never generates it. */
public final class DatabaseMigrations {

    private DatabaseMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Registered explicitly: class scanning inside an application server's WAR is fragile.
                .javaMigrations(new V2__LoadReferenceData())
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
