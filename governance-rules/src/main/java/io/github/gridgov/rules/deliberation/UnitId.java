package io.github.gridgov.rules.deliberation;

import io.github.gridgov.core.Identifier;

/**
 * 专有部分编号 — the identifier of an exclusive unit (a flat, a shop) of a building or compound.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class UnitId extends Identifier {
  private UnitId(String value) {
    super(value);
  }

  /** The identifier with this value; see {@link Identifier} for the rules. */
  public static UnitId of(String value) {
    return new UnitId(value);
  }
}
