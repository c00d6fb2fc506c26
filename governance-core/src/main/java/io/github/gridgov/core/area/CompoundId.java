package io.github.gridgov.core.area;

import io.github.gridgov.core.Identifier;

/**
 * 小区编号 — the identifier of a residential compound (小区).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CompoundId extends Identifier {
  private CompoundId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static CompoundId of(String value) {
    return new CompoundId(value);
  }
}
