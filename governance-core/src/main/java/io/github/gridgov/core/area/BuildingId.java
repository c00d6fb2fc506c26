package io.github.gridgov.core.area;

import io.github.gridgov.core.Identifier;

/**
 * 楼栋编号 — the identifier of a building (楼栋).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BuildingId extends Identifier {
  private BuildingId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static BuildingId of(String value) {
    return new BuildingId(value);
  }
}
