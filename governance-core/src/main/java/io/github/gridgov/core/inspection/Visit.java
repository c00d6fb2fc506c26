package io.github.gridgov.core.inspection;

import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.ResponderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 巡查记录 — one visit made under a plan: who, which building (and household, for home visits),
 * when, and the orders its findings became.
 *
 * <p>Rules: a note is 1–500 characters; the time is within {@link ServiceOrder#EARLIEST_TIME} and
 * {@link ServiceOrder#LATEST_TIME} (excluded).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Visit {
  Visit() {}

  /** The plan it was made under. */
  public abstract PlanId plan();

  /** Who made it. */
  public abstract ResponderId responder();

  /** The building visited. */
  public abstract BuildingId building();

  /** The household visited, for home visits. */
  public abstract Optional<HouseholdId> household();

  /** When. */
  public abstract Instant at();

  /** What was seen, if noted. */
  public abstract Optional<String> note();

  /** The orders its findings became. */
  public abstract List<OrderId> orders();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Visit}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableVisit.Builder {}

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.checkText(n, 500, "Visit", "note"));
    Checks.checkWithin(at(), ServiceOrder.EARLIEST_TIME, ServiceOrder.LATEST_TIME, "Visit", "at");
  }
}
