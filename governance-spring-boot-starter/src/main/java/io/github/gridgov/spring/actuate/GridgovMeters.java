package io.github.gridgov.spring.actuate;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.jdbc.JdbcOrderStore;
import io.github.gridgov.jdbc.OrderQuery;
import io.github.gridgov.spring.DueWorkScheduler;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Locale;
import java.util.Optional;

/**
 * gridgov's meters: {@code gridgov.orders} (gauge; the district's orders by {@code status}, and
 * the open ones by {@code tier}, counted in the store when read) and {@code gridgov.escalations}
 * (counter; the escalations this instance's scheduler made, by {@code trigger}).
 *
 * @since 0.1.0
 */
public final class GridgovMeters implements MeterBinder {
  private final JdbcOrderStore store;
  private final Optional<DueWorkScheduler> scheduler;

  /** The meters of {@code store} and, if there is one, {@code scheduler}. */
  public GridgovMeters(JdbcOrderStore store, Optional<DueWorkScheduler> scheduler) {
    this.store = requireNonNull(store, "store");
    this.scheduler = requireNonNull(scheduler, "scheduler");
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (OrderStatus s : OrderStatus.values()) {
      Gauge.builder("gridgov.orders", store, st -> st.count(OrderQuery.builder().status(s).build()))
          .description("the district's orders by status")
          .tag("district", store.district())
          .tag("status", s.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
    for (Tier t : Tier.values()) {
      Gauge.builder(
              "gridgov.orders.open",
              store,
              st -> st.count(OrderQuery.builder().open().tier(t).build()))
          .description("the district's open orders by the tier that has them")
          .tag("district", store.district())
          .tag("tier", t.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
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
}
