package io.github.gridgov.core.order;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.Tier;

/**
 * 影响范围 — how far a matter reaches; the lowest tier that can handle it follows from this
 *.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Scope implements Labelled {
  /** One household. */
  HOUSEHOLD(Tier.BUILDING),
  /** One building (several households of it). */
  BUILDING(Tier.BUILDING),
  /** Several buildings in one grid. */
  SEVERAL_BUILDINGS(Tier.GRID),
  /** The common property of a compound. */
  COMPOUND_COMMON_PROPERTY(Tier.COMMUNITY),
  /** Several grids of one community. */
  SEVERAL_GRIDS(Tier.COMMUNITY),
  /** Several communities. */
  SEVERAL_COMMUNITIES(Tier.STREET);

  private final Tier lowestTier;

  Scope(Tier lowestTier) {
    this.lowestTier = lowestTier;
  }

  /** The lowest tier that can handle a matter of this scope. */
  public Tier lowestTier() {
    return lowestTier;
  }
}
