package io.github.gridgov.rules.deliberation;

import io.github.gridgov.rules.reason.Reason;
import org.immutables.value.Value;

/**
 * 无效票 — a ballot counted nowhere, with why.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RejectedBallot {
  RejectedBallot() {}

  /** The ballot. */
  @Value.Parameter
  public abstract Ballot ballot();

  /** Why it was rejected. */
  @Value.Parameter
  public abstract Reason reason();
}
