package io.github.gridgov.core.area;

import org.immutables.value.Value;

/**
 * 网格归属 — which grid a building belongs to, and when.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GridAssignment {
  GridAssignment() {}

  /** The grid. */
  @Value.Parameter
  public abstract GridId grid();

  /** When the building belonged to it. */
  @Value.Parameter
  public abstract Validity validity();

  /** The building belongs to {@code grid} during {@code validity}. */
  public static GridAssignment of(GridId grid, Validity validity) {
    return ImmutableGridAssignment.of(grid, validity);
  }

  /** The building belongs to {@code grid}, with no dates. */
  public static GridAssignment of(GridId grid) {
    return ImmutableGridAssignment.of(grid, Validity.always());
  }
}
