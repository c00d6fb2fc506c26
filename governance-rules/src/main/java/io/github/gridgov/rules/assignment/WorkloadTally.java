package io.github.gridgov.rules.assignment;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.OrderStep;
import io.github.gridgov.core.order.ServiceOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 工作量台账 — the work in hand kept up to date order by order, for a host that changes a few
 * orders at a time and asks for the {@link Workload} before each decision: {@link #put} an order
 * after each change, {@link #remove} it when its ratings should no longer count, and {@link
 * #workload()} is what {@link Workload#from} would give for the orders held, at the cost of the
 * owners rather than of the orders.
 *
 * <p>Not thread-safe: one tally per task of a stream processor.
 *
 * @since 0.1.0
 */
public final class WorkloadTally {
  /**
   * What one order adds to the work in hand: whom it keeps busy, the ratings on its trail with
   * whoever owned the order when each was given, and its latest dispatch — for a host that keeps
   * the work in hand in its own tables (a database that several instances share) and builds the
   * {@link Workload} from their sums.
   */
  public static final class Contribution {
    final Assignee open;
    final List<Assignee> ratedBy;
    final List<Boolean> satisfied;
    final Assignee last;
    final Instant lastAt;

    private Contribution(
        Assignee open,
        Assignee last,
        Instant lastAt,
        List<Assignee> ratedBy,
        List<Boolean> satisfied) {
      this.open = open;
      this.last = last;
      this.lastAt = lastAt;
      this.ratedBy = ratedBy;
      this.satisfied = satisfied;
    }

    /**
     * The contribution of {@code o}, as {@link Workload#from} counts it: its owner if it is open
     * (dispatched, accepted, in rework, suspended or parked), every rating for whoever owned the
     * order when it was given, and its latest dispatch that was not an acceptance.
     */
    public static Contribution of(ServiceOrder o) {
      requireNonNull(o, "order");
      Assignee owner = null;
      Assignee last = null;
      Instant lastAt = null;
      List<Assignee> ratedBy = null;
      List<Boolean> satisfied = null;
      for (OrderEvent e : o.events()) {
        if (e.dispatch().isPresent()) {
          owner = e.dispatch().get().assignee();
          if (e.step() != OrderStep.ACCEPT && (lastAt == null || !e.at().isBefore(lastAt))) {
            last = owner;
            lastAt = e.at();
          }
        } else if (e.step() == OrderStep.RATE && owner != null) {
          if (ratedBy == null) {
            ratedBy = new ArrayList<>(2);
            satisfied = new ArrayList<>(2);
          }
          ratedBy.add(owner);
          satisfied.add(!e.rating().get().satisfaction().isUnsatisfied());
        }
      }
      OrderStatus s = o.status();
      boolean open =
          owner != null && s.isOpen() && s != OrderStatus.RECEIVED && s != OrderStatus.RESOLVED;
      return new Contribution(
          open ? owner : null,
          last,
          lastAt,
          ratedBy == null ? List.of() : ratedBy,
          satisfied == null ? List.of() : satisfied);
    }

    /** The owner the order keeps busy: its owner while it is dispatched, accepted, in rework, suspended or parked. */
    public Optional<Assignee> holder() {
      return Optional.ofNullable(open);
    }

    /** How many ratings the trail holds. */
    public int ratings() {
      return ratedBy.size();
    }

    /** Who owned the order when its {@code i}-th rating (from 0) was given. */
    public Assignee ratedOwner(int i) {
      return ratedBy.get(i);
    }

    /** Whether its {@code i}-th rating (from 0) was satisfied. */
    public boolean satisfied(int i) {
      return satisfied.get(i);
    }

    /** To whom its latest dispatch that was not an acceptance went, and when; for {@code ROUND_ROBIN}. */
    public Optional<Assignee> lastDispatchedTo() {
      return Optional.ofNullable(last);
    }

    /** When its latest dispatch that was not an acceptance was made. */
    public Optional<Instant> lastDispatchedAt() {
      return Optional.ofNullable(lastAt);
    }
  }

  private final Map<OrderId, Contribution> byOrder = new HashMap<>();
  private final Map<Assignee, Integer> open = new HashMap<>();
  private final Map<Assignee, int[]> rated = new HashMap<>();
  private Assignee last;
  private Instant lastAt;
  private Workload snapshot = Workload.none();
  private boolean changed;

  /** An empty tally. */
  public WorkloadTally() {}

  /** Counts {@code order} as it is now, in place of what it counted before. */
  public void put(ServiceOrder order) {
    requireNonNull(order, "order");
    Contribution before = byOrder.remove(order.id());
    if (before != null) {
      subtract(before);
    }
    Contribution c = Contribution.of(order);
    byOrder.put(order.id(), c);
    if (c.open != null) {
      open.merge(c.open, 1, Integer::sum);
    }
    for (int i = 0; i < c.ratedBy.size(); i++) {
      int[] r = rated.computeIfAbsent(c.ratedBy.get(i), k -> new int[2]);
      r[0]++;
      r[1] += c.satisfied.get(i) ? 1 : 0;
    }
    if (c.lastAt != null && (lastAt == null || !c.lastAt.isBefore(lastAt))) {
      last = c.last;
      lastAt = c.lastAt;
    }
    changed = true;
  }

  /** No longer counts the order {@code id}; nothing if it is not held. */
  public void remove(OrderId id) {
    requireNonNull(id, "id");
    Contribution before = byOrder.remove(id);
    if (before == null) {
      return;
    }
    subtract(before);
    if (before.lastAt != null && before.lastAt.equals(lastAt) && before.last.equals(last)) {
      last = null;
      lastAt = null;
      for (Contribution c : byOrder.values()) {
        if (c.lastAt != null && (lastAt == null || c.lastAt.isAfter(lastAt))) {
          last = c.last;
          lastAt = c.lastAt;
        }
      }
    }
    changed = true;
  }

  private void subtract(Contribution c) {
    if (c.open != null) {
      open.computeIfPresent(c.open, (k, n) -> n == 1 ? null : n - 1);
    }
    for (int i = 0; i < c.ratedBy.size(); i++) {
      int[] r = rated.get(c.ratedBy.get(i));
      r[0]--;
      r[1] -= c.satisfied.get(i) ? 1 : 0;
      if (r[0] == 0) {
        rated.remove(c.ratedBy.get(i));
      }
    }
  }

  /** How many orders are held. */
  public int size() {
    return byOrder.size();
  }

  /** The work in hand of the orders held; the same value until an order changes. */
  public Workload workload() {
    if (changed) {
      Workload.Builder b = Workload.builder().openOrders(open);
      rated.forEach((a, r) -> b.putRating(a, RatingRecord.of(r[0], r[1])));
      if (last != null) {
        b.lastAssigned(last);
      }
      snapshot = b.build();
      changed = false;
    }
    return snapshot;
  }
}
