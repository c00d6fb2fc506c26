package io.github.gridgov.jdbc;

import io.github.gridgov.core.order.Assignee;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The change one transaction makes to {@code gridgov_workload}: by owner, open orders held,
 * ratings and satisfied ratings. Written in the owners' order, so that transactions that change
 * the same owners take their rows in one order and never deadlock. Not API.
 */
final class WorkloadDelta {
  private final Map<String, int[]> byOwner = new TreeMap<>();

  /** The order moved from {@code before} to {@code after} (either may be null: nobody held it). */
  void holder(Assignee before, Assignee after) {
    if (before != null && before.equals(after)) {
      return;
    }
    if (before != null) {
      add(before, 0, -1);
    }
    if (after != null) {
      add(after, 0, 1);
    }
  }

  /** A rating of {@code owner} starts ({@code sign} 1) or stops (-1) counting. */
  void rating(Assignee owner, boolean satisfied, int sign) {
    add(owner, 1, sign);
    if (satisfied) {
      add(owner, 2, sign);
    }
  }

  private void add(Assignee owner, int field, int n) {
    byOwner.computeIfAbsent(owner.toString(), k -> new int[3])[field] += n;
  }

  void apply(Connection c, String district) throws SQLException {
    byOwner.values().removeIf(d -> d[0] == 0 && d[1] == 0 && d[2] == 0);
    if (byOwner.isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO gridgov_workload AS w (district, owner, open_orders, "
                + "rated, satisfied) VALUES (?, ?, ?, ?, ?) ON CONFLICT (district, owner) DO UPDATE SET "
                + "open_orders = w.open_orders + EXCLUDED.open_orders, rated = w.rated + EXCLUDED.rated, "
                + "satisfied = w.satisfied + EXCLUDED.satisfied")) {
      for (Map.Entry<String, int[]> e : byOwner.entrySet()) {
        s.setString(1, district);
        s.setString(2, e.getKey());
        s.setInt(3, e.getValue()[0]);
        s.setInt(4, e.getValue()[1]);
        s.setInt(5, e.getValue()[2]);
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
