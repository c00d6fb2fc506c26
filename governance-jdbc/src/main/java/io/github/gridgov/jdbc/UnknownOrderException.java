package io.github.gridgov.jdbc;

import io.github.gridgov.core.order.OrderId;

/**
 * No order of that id is stored in the district. Nothing was written.
 *
 * @since 0.1.0
 */
public final class UnknownOrderException extends OrderStoreException {
  private static final long serialVersionUID = 1L;

  UnknownOrderException(String district, OrderId order, String verb) {
    super(
        "Cannot " + verb + " order " + order + ": no such order is stored in district " + district);
  }
}
