package io.github.gridgov.core.order;

import io.github.gridgov.core.Identifier;

/**
 * 工单编号 — the identifier of a service order (工单).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OrderId extends Identifier {
  private OrderId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static OrderId of(String value) {
    return new OrderId(value);
  }
}
