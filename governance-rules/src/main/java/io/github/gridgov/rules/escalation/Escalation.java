package io.github.gridgov.rules.escalation;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.rules.Reasons;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 升级决定 — an order that must move now: from which tier to which (the same tier for a
 * reassignment; never past {@code DISTRICT}), why, how, the departments to summon at the street
 * (吹哨报到, 北京市接诉即办工作条例 Art. 16), the proposed new owner for a reassignment, and when
 * it was decided.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
public abstract class Escalation {
  Escalation() {}

  /** The order. */
  public abstract OrderId order();

  /** The tier it is at. */
  public abstract Tier from();

  /** The tier it moves to. */
  public abstract Tier to();

  /** Why. */
  public abstract EscalationTrigger trigger();

  /** How. */
  public abstract EscalationKind kind();

  /** The departments to summon when it moves to the street. */
  public abstract List<String> summonedDepartments();

  /** The proposed new owner, for a reassignment within the tier. */
  public abstract Optional<Assignee> reassignTo();

  /** When it was decided. */
  public abstract Instant at();

  /** The reasons. */
  public abstract Reasons reasons();
}
