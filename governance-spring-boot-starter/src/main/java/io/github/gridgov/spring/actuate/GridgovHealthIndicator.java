package io.github.gridgov.spring.actuate;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.jdbc.JdbcOrderStore;
import io.github.gridgov.jdbc.OrderQuery;
import io.github.gridgov.spring.DatabaseRegistrySource;
import io.github.gridgov.spring.RegistrySource;
import java.time.Clock;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * gridgov's health ({@code /actuator/health/gridgov}): up when the registry is loaded and the
 * order store answers, with the registry's households, the district's open orders and the due
 * backlog (open orders whose next check has come) as details (and the registry's version when it
 * comes from the database); down, with the store's error, when
 * the database does not answer.
 *
 * @since 0.1.0
 */
public final class GridgovHealthIndicator extends AbstractHealthIndicator {
  private final RegistrySource registry;
  private final JdbcOrderStore store;
  private final Clock clock;

  /** The health of {@code registry} and {@code store}, the backlog at {@code clock}'s time. */
  public GridgovHealthIndicator(RegistrySource registry, JdbcOrderStore store, Clock clock) {
    super("gridgov health check failed");
    this.registry = requireNonNull(registry, "registry");
    this.store = requireNonNull(store, "store");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    int households = registry.current().householdCount();
    long open = store.count(OrderQuery.builder().open().build());
    long due = store.count(OrderQuery.builder().open().dueBy(clock.instant()).build());
    builder
        .up()
        .withDetail("district", store.district())
        .withDetail("households", households)
        .withDetail("openOrders", open)
        .withDetail("dueBacklog", due);
    if (registry instanceof DatabaseRegistrySource db) {
      builder.withDetail("registryVersion", db.version());
    }
  }
}
