package io.github.gridgov.rules.assignment;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.rules.catalogue.DispatchMode;
import io.github.gridgov.rules.reason.Reasons;
import io.github.gridgov.rules.triage.Priority;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 派单决定 — the chosen owner (or the candidates it is offered to), every candidate ranked with
 * its score and reasons, or "nobody eligible at this tier" with why and the tier to try next.
 *
 * <p>Made only by {@link AssignmentRule}; two decisions are equal when every attribute but the
 * candidates is (the candidates follow from the same inputs).
 *
 * <p>Implementation Requirements: immutable and thread-safe (the candidates are worked out on first
 * use; working them out twice gives equal lists).
 *
 * @since 0.1.0
 */
public final class AssignmentDecision {
  private final Tier tier;
  private final DispatchMode mode;
  private final AssignmentOutcome outcome;
  private final Assignee assignee;
  private final Dispatch dispatch;
  private final List<Assignee> offeredTo;
  private final Tier proposedTier;
  private final Priority priority;
  private final Reasons reasons;

  /** Works the candidates out; null when nobody was considered. */
  private final CandidateSource source;

  private List<Candidate> candidates;
  private List<Candidate> eligibleCandidates;

  /**
   * The nullable attributes are absent when null; {@code offeredTo} is an immutable list.
   *
   * @param source works out the candidates, null when nobody was considered
   */
  AssignmentDecision(
      Tier tier,
      DispatchMode mode,
      AssignmentOutcome outcome,
      Assignee assignee,
      Dispatch dispatch,
      List<Assignee> offeredTo,
      Tier proposedTier,
      Priority priority,
      Reasons reasons,
      CandidateSource source) {
    this.tier = tier;
    this.mode = requireNonNull(mode, "mode");
    this.outcome = requireNonNull(outcome, "outcome");
    this.assignee = assignee;
    this.dispatch = dispatch;
    this.offeredTo = requireNonNull(offeredTo, "offeredTo");
    this.proposedTier = proposedTier;
    this.priority = requireNonNull(priority, "priority");
    this.reasons = requireNonNull(reasons, "reasons");
    this.source = source;
  }

  /** The tier it was decided at; empty when triage did not let the order proceed. */
  public Optional<Tier> tier() {
    return Optional.ofNullable(tier);
  }

  /** The dispatch mode used. */
  public DispatchMode mode() {
    return mode;
  }

  /** What was decided. */
  public AssignmentOutcome outcome() {
    return outcome;
  }

  /** The chosen owner, when one was chosen. */
  public Optional<Assignee> assignee() {
    return Optional.ofNullable(assignee);
  }

  /** The dispatch to make: owner, tier and deadlines, when one was chosen. */
  public Optional<Dispatch> dispatch() {
    return Optional.ofNullable(dispatch);
  }

  /** Everyone it is offered to, best first, for {@code GRAB}. */
  public List<Assignee> offeredTo() {
    return offeredTo;
  }

  /**
   * Every candidate: eligible ones by score (best first, ties by id), then ineligible ones by id,
   * each with its reasons. Worked out on first use from the same inputs (the order, registry and
   * workload the decision was made with, which it keeps for that), since most hosts read only the
   * owner: the decision itself considers the eligible candidates only.
   */
  public List<Candidate> candidates() {
    List<Candidate> c = candidates;
    if (c == null) {
      c = source == null ? List.of() : source.all();
      candidates = c;
    }
    return c;
  }

  /**
   * The eligible candidates by score, best first, ties by id: the head of {@link #candidates()}.
   * Worked out on first use when the decision only needed the best of them.
   */
  public List<Candidate> eligibleCandidates() {
    List<Candidate> c = eligibleCandidates;
    if (c == null) {
      c = source == null ? List.of() : source.eligible();
      eligibleCandidates = c;
    }
    return c;
  }

  /** The tier to try next when nobody is eligible; empty at the top. */
  public Optional<Tier> proposedTier() {
    return Optional.ofNullable(proposedTier);
  }

  /** How soon the order should be handled. */
  public Priority priority() {
    return priority;
  }

  /** Why. */
  public Reasons reasons() {
    return reasons;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssignmentDecision d
        && tier == d.tier
        && mode == d.mode
        && outcome == d.outcome
        && Objects.equals(assignee, d.assignee)
        && Objects.equals(dispatch, d.dispatch)
        && offeredTo.equals(d.offeredTo)
        && proposedTier == d.proposedTier
        && priority == d.priority
        && reasons.equals(d.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        tier, mode, outcome, assignee, dispatch, offeredTo, proposedTier, priority, reasons);
  }

  /** The outcome, the attributes present, the priority and the reasons (not the candidates). */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("AssignmentDecision{");
    if (tier != null) {
      b.append("tier=").append(tier).append(", ");
    }
    b.append("mode=").append(mode).append(", outcome=").append(outcome);
    if (assignee != null) {
      b.append(", assignee=").append(assignee);
    }
    if (dispatch != null) {
      b.append(", dispatch=").append(dispatch);
    }
    if (!offeredTo.isEmpty()) {
      b.append(", offeredTo=").append(offeredTo);
    }
    if (proposedTier != null) {
      b.append(", proposedTier=").append(proposedTier);
    }
    return b.append(", priority=")
        .append(priority)
        .append(", reasons=")
        .append(reasons)
        .append('}')
        .toString();
  }

  /** Works out a decision's candidates, ranked, from the inputs it was made with. */
  interface CandidateSource {
    /** Every candidate, ranked. */
    List<Candidate> all();

    /** The eligible candidates, ranked. */
    List<Candidate> eligible();
  }
}
