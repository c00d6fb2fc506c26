package io.github.gridgov.core.lists;

import io.github.gridgov.core.Identifier;

/**
 * 需求编号 — the identifier of a need on the needs list (需求清单).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NeedId extends Identifier {
  private NeedId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static NeedId of(String value) {
    return new NeedId(value);
  }
}
