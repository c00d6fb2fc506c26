package io.github.gridgov.core.order;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.people.CareNeed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 工单记录 — one entry of an order's audit trail: which step, who took it, when, from which status
 * to which, why, and the step's data (the dispatch, the rating, the referral target, the related
 * order, the flag, the objection decision, the new urgency, the trigger of a move, the departments
 * summoned or reporting in, a supervision's tier and reply deadline, a parked order's review date,
 * the care needs noted, the responders a grab order is offered to). The trail is the electronic archive of the whole
 * handling that 滨州市社会治理网格化服务管理条例 Art. 14 asks for.
 *
 * <p>Events are made by the lifecycle methods of {@link ServiceOrder}; a host restoring an order
 * from its database builds them with {@link #builder()} and the order re-validates the whole
 * trail.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
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

  /** 升级原因 — why the order moved (escalate, reassign, approve a transfer, resume for review, close unrated). */
  public abstract Optional<EscalationTrigger> trigger();

  /** 吹哨 — the departments the street summons (escalate to {@link Tier#STREET}). */
  public abstract List<io.github.gridgov.core.people.Department> summonedDepartments();

  /** 报到 — the department reporting in (report in). */
  public abstract Optional<io.github.gridgov.core.people.Department> department();

  /** The supervising tier (supervise). */
  public abstract Optional<Tier> tier();

  /** The reply deadline of a supervision (supervise), or the review date of a parked order (park). */
  public abstract Optional<Instant> dueBy();

  /** The care needs noted (note care needs). */
  public abstract Set<CareNeed> careNeeds();

  /** 抢单 — everyone a grab order is offered to, best first (offer). */
  public abstract List<Assignee> offeredTo();

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
    Checks.check(
        summonedDepartments().size() == new java.util.HashSet<>(summonedDepartments()).size(),
        "OrderEvent",
        "summonedDepartments",
        summonedDepartments().size() + " departments",
        "must not name a department twice");
  }
}
