package io.github.gridgov.core.area;

import io.github.gridgov.core.Identifier;

/**
 * 网格编号 — the identifier of a grid (网格).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GridId extends Identifier {
  private GridId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static GridId of(String value) {
    return new GridId(value);
  }
}
