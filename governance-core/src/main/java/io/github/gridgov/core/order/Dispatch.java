package io.github.gridgov.core.order;

import io.github.gridgov.core.Tier;
import org.immutables.value.Value;

/**
 * 派单 — who is to own an order, at which tier, with which deadlines.
 *
 * <p>The value both of a lifecycle step ({@link ServiceOrder#dispatch}) and of a dispatch a host
 * proposes for the rules to check.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Dispatch {
  Dispatch() {}

  /** The owner. */
  @Value.Parameter
  public abstract Assignee assignee();

  /** The tier the owner handles the order at. */
  @Value.Parameter
  public abstract Tier tier();

  /** The deadlines. */
  @Value.Parameter
  public abstract Deadlines deadlines();

  /** Dispatch to {@code assignee} at {@code tier} with {@code deadlines}. */
  public static Dispatch of(Assignee assignee, Tier tier, Deadlines deadlines) {
    return ImmutableDispatch.of(assignee, tier, deadlines);
  }
}
