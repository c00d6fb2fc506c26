package io.github.gridgov.rules.deliberation;

import io.github.gridgov.rules.reason.Reasons;
import java.util.List;
import org.immutables.value.Value;

/**
 * 表决结果 — whether enough owners took part and whether the matter passed, with the four
 * fractions the law looks at, the ballots rejected and the reasons.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class VoteDecision {
  VoteDecision() {}

  /** The matter voted on. */
  public abstract Matter matter();

  /** Participating area / total exclusive area. */
  public abstract Fraction participatingArea();

  /** Participating owners / all owners. */
  public abstract Fraction participatingOwners();

  /** Approving area / participating area. */
  public abstract Fraction approvingArea();

  /** Approving owners / participating owners. */
  public abstract Fraction approvingOwners();

  /** Whether owners of at least 2/3 of the area and at least 2/3 of the owners took part. */
  public abstract boolean isParticipationReached();

  /** Whether participation was reached and the matter was approved. */
  public abstract boolean isPassed();

  /** Ballots counted nowhere. */
  public abstract List<RejectedBallot> rejected();

  /** Why. */
  public abstract Reasons reasons();
}
