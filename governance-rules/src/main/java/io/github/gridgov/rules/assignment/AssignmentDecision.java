package io.github.gridgov.rules.assignment;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.rules.catalogue.DispatchMode;
import io.github.gridgov.rules.reason.Reasons;
import io.github.gridgov.rules.triage.Priority;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * 派单决定 — the chosen owner (or the candidates it is offered to), every candidate ranked with
 * its score and reasons, or "nobody eligible at this tier" with why and the tier to try next.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AssignmentDecision {
  AssignmentDecision() {}

  /** The tier it was decided at; empty when triage did not let the order proceed. */
  public abstract Optional<Tier> tier();

  /** The dispatch mode used. */
  public abstract DispatchMode mode();

  /** What was decided. */
  public abstract AssignmentOutcome outcome();

  /** The chosen owner, when one was chosen. */
  public abstract Optional<Assignee> assignee();

  /** The dispatch to make: owner, tier and deadlines, when one was chosen. */
  public abstract Optional<Dispatch> dispatch();

  /** Everyone it is offered to, best first, for {@code GRAB}. */
  public abstract List<Assignee> offeredTo();

  /**
   * Every candidate: eligible ones by score (best first, ties by id), then ineligible ones by id,
   * each with its reasons. Worked out on first use from the same inputs (the order, registry and
   * workload the decision was made with, which it keeps for that), since most hosts read only the
   * owner: the decision itself considers the eligible candidates only.
   */
  @Value.Lazy
  public List<Candidate> candidates() {
    return candidateSource().get();
  }

  /**
   * The eligible candidates by score, best first, ties by id: the head of {@link #candidates()}.
   * Worked out on first use when the decision only needed the best of them.
   */
  @Value.Lazy
  public List<Candidate> eligibleCandidates() {
    return eligibleSource().get();
  }

  /** Works out {@link #eligibleCandidates()}; empty when nobody was considered. */
  @Value.Auxiliary
  @Value.Default
  Supplier<List<Candidate>> eligibleSource() {
    return List::of;
  }

  /** Works out {@link #candidates()}; empty when nobody was considered. */
  @Value.Auxiliary
  @Value.Default
  Supplier<List<Candidate>> candidateSource() {
    return List::of;
  }

  /** The tier to try next when nobody is eligible; empty at the top. */
  public abstract Optional<Tier> proposedTier();

  /** How soon the order should be handled. */
  public abstract Priority priority();

  /** Why. */
  public abstract Reasons reasons();
}
