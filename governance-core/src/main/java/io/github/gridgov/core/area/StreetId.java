package io.github.gridgov.core.area;

import io.github.gridgov.core.Identifier;

/**
 * 街道编号 — the identifier of a street (街道).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StreetId extends Identifier {
  private StreetId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static StreetId of(String value) {
    return new StreetId(value);
  }
}
