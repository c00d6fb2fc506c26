package io.github.gridgov.rules.assignment;

import io.github.gridgov.core.Labelled;

/**
 * 派单结果 — what the assignment decided.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum AssignmentOutcome implements Labelled {
  /** One owner was chosen ({@code ASSIGN} or {@code ROUND_ROBIN}). */
  ASSIGNED,
  /** Offered to every eligible candidate; the first to accept owns it ({@code GRAB}). */
  OFFERED,
  /** Nobody at the tier may take it; the decision proposes the next tier. */
  NOBODY_ELIGIBLE
}
