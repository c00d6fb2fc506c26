package io.github.gridgov.core.people;

import io.github.gridgov.core.Identifier;

/**
 * 居民编号 — the identifier of a resident (居民).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResidentId extends Identifier {
  private ResidentId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static ResidentId of(String value) {
    return new ResidentId(value);
  }
}
