package io.github.gridgov.core.people;

import io.github.gridgov.core.Identifier;

/**
 * 户编号 — the identifier of a household (户).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HouseholdId extends Identifier {
  private HouseholdId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static HouseholdId of(String value) {
    return new HouseholdId(value);
  }
}
