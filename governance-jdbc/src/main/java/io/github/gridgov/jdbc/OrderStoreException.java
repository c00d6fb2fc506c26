package io.github.gridgov.jdbc;

import io.github.gridgov.core.GovernanceException;

/**
 * The store could not do what was asked: the database refused (its SQL state is in the message),
 * or what is stored cannot be read back. Nothing was changed: the transaction was rolled back.
 *
 * @since 0.1.0
 */
public class OrderStoreException extends GovernanceException {
  private static final long serialVersionUID = 1L;

  OrderStoreException(String message) {
    super(message);
  }

  OrderStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
