package io.github.gridgov.jdbc;

import io.github.gridgov.core.internal.Checks;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transaction of a store: the work run on a connection of its own, committed, or rolled back
 * when it throws; a deadlock or serialization failure retried; any other refusal of the database an
 * {@link OrderStoreException} naming what was asked, the district and the SQL state.
 */
final class Transactions {
  private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

  /** How many times a transaction is tried before a deadlock or serialization failure is given up. */
  static final int RETRIES = 3;

  /** Work on one connection of one transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private Transactions() {}

  /** {@code work} in one transaction on {@code dataSource}, for {@code what} in {@code district}. */
  static <T> T run(DataSource dataSource, String district, String what, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(auto);
        }
      } catch (SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if ((state.equals("40P01") || state.equals("40001")) && attempt < RETRIES) {
          LOG.debug("Retrying to {} after {} (attempt {})", what, state, attempt);
          continue;
        }
        throw new OrderStoreException(
            "Cannot "
                + what
                + " in district "
                + district
                + ": the database refused (SQL state "
                + state
                + "): "
                + Checks.abbreviate(String.valueOf(e.getMessage())),
            e);
      }
    }
  }
}
