package io.github.gridgov.core.inspection;

import io.github.gridgov.core.Identifier;

/**
 * 巡查计划编号 — the identifier of an inspection plan.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanId extends Identifier {
  private PlanId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static PlanId of(String value) {
    return new PlanId(value);
  }
}
