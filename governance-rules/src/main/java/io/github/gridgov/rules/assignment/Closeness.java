package io.github.gridgov.rules.assignment;

import io.github.gridgov.core.Labelled;

/**
 * 就近程度 — how close a candidate's coverage is to the order's building, closest first.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Closeness implements Labelled {
  /** Covers the building itself. */
  SAME_BUILDING,
  /** Covers the building's compound. */
  SAME_COMPOUND,
  /** Covers the partner compound an unmanaged compound borrows from. */
  PARTNER_COMPOUND,
  /** Covers the grid. */
  SAME_GRID,
  /** Covers the community (or is one of its teams). */
  SAME_COMMUNITY,
  /** Covers the street. */
  SAME_STREET,
  /** Covers the whole district. */
  DISTRICT
}
