package io.github.gridgov.rules.intake;

import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.assignment.AssignmentDecision;
import io.github.gridgov.rules.reason.Reasons;
import io.github.gridgov.rules.triage.TriageDecision;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 受理 — what {@link GovernanceRules#intake} did with a new order: the order after the steps it
 * took (care needs noted from the registry, then dispatched, offered, referred or merged), the
 * outcome, the triage and the assignment that decided it, and, for a duplicate, the open order
 * with the duplicate linked to it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Intake {
  Intake() {}

  /** A new builder, for hosts and tests that make an intake of their own ({@link GovernanceRules#intake} makes the rules' one). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Intake}. */
  public static final class Builder extends ImmutableIntake.Builder {}

  /** The order after intake: store this one. */
  public abstract ServiceOrder order();

  /** What happened. */
  public abstract IntakeOutcome outcome();

  /** The triage of the order. */
  public abstract TriageDecision triage();

  /** The assignment that found the owner (or said why nobody), for orders triage let proceed. */
  public abstract Optional<AssignmentDecision> assignment();

  /** For {@link IntakeOutcome#MERGED}: the open order it was merged into, with the duplicate linked; store it too. */
  public abstract Optional<ServiceOrder> primary();

  /** The reasons: triage's, then the assignment's. */
  public abstract Reasons reasons();
}
