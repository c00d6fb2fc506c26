package io.github.gridgov.jdbc;

import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * 库表结构 — the reference schema of the order store and the registry store, as versioned
 * migrations: the SQL files under {@value #LOCATION} in this jar ({@code V1__gridgov_orders.sql},
 * {@code V2__gridgov_registry.sql}, …), run by Flyway with its own
 * history table {@value #HISTORY_TABLE}, so that they live beside a platform's own migrations.
 * A platform with another migration tool runs the same files, unchanged, in version order.
 *
 * @since 0.1.0
 */
public final class GridgovSchema {
  /** Where the migrations are, on the class path. */
  public static final String LOCATION = "classpath:db/gridgov/postgresql";

  /** Flyway's history table of these migrations. */
  public static final String HISTORY_TABLE = "gridgov_schema_history";

  private GridgovSchema() {}

  /**
   * Brings the schema of {@code dataSource}'s database (its current schema) to the latest version;
   * returns how many migrations ran (0 when it is up to date).
   *
   * @throws OrderStoreException if a migration fails (Flyway's message, with the file)
   */
  public static int migrate(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    try {
      return Flyway.configure()
          .dataSource(dataSource)
          .locations(LOCATION)
          .table(HISTORY_TABLE)
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate()
          .migrationsExecuted;
    } catch (org.flywaydb.core.api.FlywayException e) {
      throw new OrderStoreException("Cannot migrate the gridgov schema: " + e.getMessage(), e);
    }
  }
}
