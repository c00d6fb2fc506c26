package io.github.gridgov.core.order;

import io.github.gridgov.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 工单记录 — one entry of an order's audit trail: which step, who took it, when, from which status
 * to which, why, and the step's data (the dispatch, the rating, the referral target, the related
 * order, the flag, the objection decision, the new urgency). The trail is the electronic archive of the whole
 * handling that 滨州市社会治理网格化服务管理条例 Art. 14 asks for.
 *
 * <p>Events are made by the lifecycle methods of {@link ServiceOrder}; a host restoring an order
 * from its database builds them with {@link #builder()} and the order re-validates the whole
 * trail.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrderEvent {
  OrderEvent() {}

  /** The position in the trail, from 1. */
  public abstract int sequence();

  /** The step. */
  public abstract OrderStep step();

  /** The status before the step. */
  public abstract OrderStatus fromStatus();

  /** The status after the step. */
  public abstract OrderStatus toStatus();

  /** Who took the step. */
  public abstract Actor actor();

  /** When. */
  public abstract Instant at();

  /** Why, or the resolution summary; at most 500 characters. */
  public abstract Optional<String> reason();

  /** The dispatch made by this step (dispatch, escalate, reassign, transfer). */
  public abstract Optional<Dispatch> dispatch();

  /** The rating given (rate). */
  public abstract Optional<Rating> rating();

  /** Where the order was referred (refer). */
  public abstract Optional<ReferralTarget> referral();

  /** The other order of a merge (merge, link duplicate). */
  public abstract Optional<OrderId> relatedOrder();

  /** The flag added (add flag). */
  public abstract Optional<OrderFlag> flag();

  /** Whether the objection was approved (decide objection). */
  public abstract Optional<Boolean> approved();

  /** The new urgency (reprioritise). */
  public abstract Optional<Urgency> urgency();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderEvent}. */
  public static final class Builder extends ImmutableOrderEvent.Builder {}

  @Value.Check
  void check() {
    Checks.check(sequence() >= 1, "OrderEvent", "sequence", sequence(), "must be at least 1");
    reason().ifPresent(r -> Checks.checkText(r, 500, "OrderEvent", "reason"));
  }
}
