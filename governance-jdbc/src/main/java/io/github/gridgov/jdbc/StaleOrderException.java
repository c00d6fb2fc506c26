package io.github.gridgov.jdbc;

import io.github.gridgov.core.order.OrderId;

/**
 * 版本冲突 — an append named a version of the order that is no longer the stored one: another
 * writer appended first. Nothing was written; load the order again and redo the step on it.
 *
 * @since 0.1.0
 */
public final class StaleOrderException extends OrderStoreException {
  private static final long serialVersionUID = 1L;
  private final transient OrderId order;
  private final int expected;
  private final int actual;

  StaleOrderException(String district, OrderId order, int expected, int actual) {
    super(
        "Cannot append to order "
            + order
            + " of district "
            + district
            + ": it was read at version "
            + expected
            + " but is stored at version "
            + actual
            + " (another writer appended first; load it again)");
    this.order = order;
    this.expected = expected;
    this.actual = actual;
  }

  /** The order. */
  public OrderId order() {
    return order;
  }

  /** The version the writer read (events on its trail). */
  public int expectedVersion() {
    return expected;
  }

  /** The version stored now. */
  public int actualVersion() {
    return actual;
  }
}
