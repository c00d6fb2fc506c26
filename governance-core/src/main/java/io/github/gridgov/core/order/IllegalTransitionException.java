package io.github.gridgov.core.order;

import io.github.gridgov.core.GovernanceException;

/**
 * A lifecycle step that the order's status or history does not allow. The order it was called on
 * is unchanged.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IllegalTransitionException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  private final OrderId order;
  private final OrderStatus status;
  private final OrderStep step;

  IllegalTransitionException(OrderId order, OrderStatus status, OrderStep step, String why) {
    super("Cannot " + step.verb() + " order " + order + " in status " + status + ": " + why);
    this.order = order;
    this.status = status;
    this.step = step;
  }

  /** The order the step was tried on. */
  public OrderId order() {
    return order;
  }

  /** The order's status when the step was tried. */
  public OrderStatus status() {
    return status;
  }

  /** The step that was refused. */
  public OrderStep step() {
    return step;
  }
}
