package io.github.gridgov.rules.assignment;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.ServiceOrder;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 工作量 — what the host knows that the registry does not: how many orders each responder or
 * team has open, how residents rated them, and, for round-robin dispatch, who was assigned last.
 * The rules keep no state of their own; the host passes this in, built from its orders with
 * {@link #from} or by hand.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Workload implements WithWorkload {
  private static final Workload NONE = builder().build();
  private static final RatingRecord UNRATED = RatingRecord.of(0, 0);

  Workload() {}

  /** Open orders by owner; owners not listed have none. */
  public abstract Map<Assignee, Integer> openOrders();

  /** Rating records by owner; owners not listed have none. */
  public abstract Map<Assignee, RatingRecord> ratings();

  /** The owner assigned last, for {@code ROUND_ROBIN} dispatch. */
  public abstract Optional<Assignee> lastAssigned();

  /** Nobody has open orders or ratings. */
  public static Workload none() {
    return NONE;
  }

  /**
   * 工作量 from the host's own orders, so that nobody tallies by hand: each owner's open orders
   * (dispatched, accepted, in rework, suspended or parked — a resolved order waiting for its
   * rating no longer takes the owner's time: our reading), each owner's rating record (every
   * rating on the trail counts for whoever owned the order when it was given, so ratings feed
   * assignment), and the owner of the latest dispatch, for {@code ROUND_ROBIN}. Pass the open
   * orders and the recently closed ones whose ratings should count.
   */
  public static Workload from(Iterable<ServiceOrder> orders) {
    requireNonNull(orders, "orders");
    WorkloadTally tally = new WorkloadTally();
    for (ServiceOrder o : orders) {
      tally.put(o);
    }
    return tally.workload();
  }

  /** The open orders of {@code owner}. */
  public int openOrdersOf(Assignee owner) {
    Map<Assignee, Integer> open = openOrders();
    if (open.isEmpty()) {
      return 0;
    }
    Integer n = open.get(owner);
    return n != null ? n : 0;
  }

  /** The rating record of {@code owner}. */
  public RatingRecord ratingsOf(Assignee owner) {
    Map<Assignee, RatingRecord> all = ratings();
    RatingRecord r = all.isEmpty() ? null : all.get(owner);
    return r != null ? r : UNRATED;
  }

  /** The maps in primitive columns, for the assignment rule's scan; built on first use. */
  @Value.Lazy
  WorkloadIndex index() {
    return new WorkloadIndex(openOrders(), ratings());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Workload}. */
  public static final class Builder extends ImmutableWorkload.Builder {}

  @Value.Check
  void check() {
    openOrders()
        .forEach(
            (a, n) ->
                Checks.check(
                    n >= 0, "Workload", "openOrders", a + "=" + n, "must not be negative"));
  }
}
