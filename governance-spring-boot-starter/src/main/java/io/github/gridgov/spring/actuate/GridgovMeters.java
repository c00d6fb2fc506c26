package io.github.gridgov.spring.actuate;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.jdbc.JdbcOrderStore;
import io.github.gridgov.jdbc.OrderQuery;
import io.github.gridgov.rules.metrics.Metrics;
import io.github.gridgov.rules.metrics.Period;
import io.github.gridgov.spring.DueWorkScheduler;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * gridgov's meters, for the district of the store:
 *
 * <ul>
 *   <li>{@code gridgov.orders} (gauge, by {@code status}): the district's orders in each status;
 *   <li>{@code gridgov.orders.open} (gauge, by {@code tier}): the open orders each tier has;
 *   <li>{@code gridgov.orders.on_time_rate} (gauge): 按期结案率 — 按期结案数 / 应结案数 of the orders
 *       reported in the window that ends now, NaN while none is due; with {@code
 *       gridgov.orders.closed_on_time} and {@code gridgov.orders.due_for_closing}, its numerator
 *       and denominator, so that a dashboard can sum them over instances or districts;
 *   <li>{@code gridgov.escalations} (counter, by {@code trigger}): the escalations this instance's
 *       scheduler made.
 * </ul>
 *
 * <p>The gauges are read from one snapshot, taken in the store (two grouped counts and the
 * window's metrics, read a page at a time) when a gauge is read and the last snapshot is older than
 * the refresh interval; a scrape of every gauge costs at most one snapshot.
 *
 * <p>Implementation Requirements: thread-safe.
 *
 * @since 0.1.0
 */
public final class GridgovMeters implements MeterBinder {
  private final JdbcOrderStore store;
  private final Optional<DueWorkScheduler> scheduler;
  private final Clock clock;
  private final Duration window;
  private final Duration refresh;
  private Snapshot last;

  /**
   * The meters of {@code store} and, if there is one, {@code scheduler}.
   *
   * @param window how far back from now the orders of 按期结案率 were reported
   * @param refresh how old a snapshot may be before a gauge's read takes a new one
   */
  public GridgovMeters(
      JdbcOrderStore store,
      Optional<DueWorkScheduler> scheduler,
      Clock clock,
      Duration window,
      Duration refresh) {
    this.store = requireNonNull(store, "store");
    this.scheduler = requireNonNull(scheduler, "scheduler");
    this.clock = requireNonNull(clock, "clock");
    this.window = requireNonNull(window, "window");
    this.refresh = requireNonNull(refresh, "refresh");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window " + window + " must be positive");
    }
    if (refresh.isNegative()) {
      throw new IllegalArgumentException("refresh " + refresh + " must not be negative");
    }
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (OrderStatus s : OrderStatus.values()) {
      gauge(registry, "gridgov.orders", "the district's orders by status", x -> x.count(s))
          .tag("status", s.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
    for (Tier t : Tier.values()) {
      gauge(
              registry,
              "gridgov.orders.open",
              "the district's open orders by the tier that has them",
              x -> x.open(t))
          .tag("tier", t.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
    String days = window.toDays() + "d";
    gauge(
            registry,
            "gridgov.orders.on_time_rate",
            "按期结案率: closed on time / due for closing, of the orders reported in the window",
            x -> x.metrics.onTimeRate().value().map(v -> v.doubleValue()).orElse(Double.NaN))
        .tag("window", days)
        .register(registry);
    gauge(
            registry,
            "gridgov.orders.closed_on_time",
            "按期结案数 of the orders reported in the window",
            x -> x.metrics.closedOnTime())
        .tag("window", days)
        .register(registry);
    gauge(
            registry,
            "gridgov.orders.due_for_closing",
            "应结案数 of the orders reported in the window",
            x -> x.metrics.due())
        .tag("window", days)
        .register(registry);
    scheduler.ifPresent(
        sch -> {
          for (EscalationTrigger t : EscalationTrigger.values()) {
            FunctionCounter.builder("gridgov.escalations", sch, s -> s.escalations(t))
                .description("escalations made by this instance, by trigger")
                .tag("district", store.district())
                .tag("trigger", t.name().toLowerCase(Locale.ROOT))
                .register(registry);
          }
        });
  }

  private Gauge.Builder<GridgovMeters> gauge(
      MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value) {
    return Gauge.builder(name, this, m -> value.applyAsDouble(m.snapshot()))
        .description(description)
        .tag("district", store.district());
  }

  /** The snapshot in force, a new one if the last is older than the refresh interval. */
  synchronized Snapshot snapshot() {
    Instant now = clock.instant();
    if (last == null || !now.isBefore(last.at.plus(refresh)) || now.isBefore(last.at)) {
      last =
          new Snapshot(
              now,
              store.countByStatus(OrderQuery.all()),
              store.countByTier(OrderQuery.builder().open().build()),
              store.metrics(Period.of(now.minus(window), now)));
    }
    return last;
  }

  /** The store's counts and the window's metrics at one instant. */
  static final class Snapshot {
    final Instant at;
    final Map<OrderStatus, Long> byStatus;
    final Map<Tier, Long> openByTier;
    final Metrics metrics;

    Snapshot(
        Instant at, Map<OrderStatus, Long> byStatus, Map<Tier, Long> openByTier, Metrics metrics) {
      this.at = at;
      this.byStatus = byStatus;
      this.openByTier = openByTier;
      this.metrics = metrics;
    }

    double count(OrderStatus s) {
      return byStatus.getOrDefault(s, 0L);
    }

    double open(Tier t) {
      return openByTier.getOrDefault(t, 0L);
    }
  }
}
