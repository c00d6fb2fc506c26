package io.github.gridgov.rules.assignment;

import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.rules.Reasons;
import org.immutables.value.Value;

/**
 * 候选人 — one responder or team considered for an order: whether it may take it, how close it is,
 * its load and its score, with the reasons (every hard constraint it fails, or what raised and
 * lowered its score).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
public abstract class Candidate {
  Candidate() {}

  /** The responder or team. */
  public abstract Assignee assignee();

  /** Whether every hard constraint holds. */
  public abstract boolean isEligible();

  /** How close its coverage is. */
  public abstract Closeness closeness();

  /** Its open orders. */
  public abstract int openOrders();

  /** Its capacity. */
  public abstract int capacity();

  /** Its score; higher is better. Meaningful among eligible candidates. */
  public abstract long score();

  /** Why. */
  public abstract Reasons reasons();
}
