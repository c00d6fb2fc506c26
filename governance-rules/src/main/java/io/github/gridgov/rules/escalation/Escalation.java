package io.github.gridgov.rules.escalation;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.rules.reason.Reasons;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 升级决定 — a move an order must make now: from which tier to which (the same tier for a
 * reassignment or transfer; never past {@code DISTRICT}), why, how, the complete dispatch it makes
 * (owner, tier and deadlines, ready to be carried out), the departments to summon at the street
 * (吹哨报到, 北京市接诉即办工作条例 Art. 16), and when it was decided.
 *
 * <p>{@code GovernanceRules.apply} carries it out as a legal lifecycle step; a proposed dispatch
 * passes {@code GovernanceRules.check} at the same instant.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Escalation {
  Escalation() {}

  /** The order. */
  public abstract OrderId order();

  /** The tier it is at. */
  @SuppressWarnings(
      "immutables:from") // no from(Escalation) copy method: a decision is never copied
  public abstract Tier from();

  /** The tier it moves to. */
  public abstract Tier to();

  /** Why. */
  public abstract EscalationTrigger trigger();

  /** How. */
  public abstract EscalationKind kind();

  /** The rule that makes the move, with its source: {@link EscalationRules#of} the trigger. */
  public io.github.gridgov.rules.reason.RuleRef rule() {
    return EscalationRules.of(trigger());
  }

  /**
   * The dispatch the move makes, with deadlines for {@link #at()}: present for {@link
   * EscalationKind#REASSIGN_IN_TIER}, {@link EscalationKind#TRANSFER_IN_TIER} and {@link
   * EscalationKind#ESCALATE}.
   */
  public abstract Optional<Dispatch> dispatch();

  /** The departments to summon when it moves to the street. */
  public abstract List<Department> summonedDepartments();

  /** The proposed new owner at the same tier, for a reassignment or transfer. */
  public Optional<Assignee> reassignTo() {
    return from() == to() && dispatch().isPresent()
        ? Optional.of(dispatch().get().assignee())
        : Optional.empty();
  }

  /** When it was decided. */
  public abstract Instant at();

  /** The reasons. */
  public abstract Reasons reasons();
}
