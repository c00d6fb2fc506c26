package io.github.gridgov.core;

import java.util.Optional;

/**
 * 层级 — the tiers of the handling ladder, lowest first: 楼栋 → 网格 → 社区 → 街道 → 区职能部门.
 *
 * <p>The principle "小事不出楼栋，大事不出社区" asks that a matter be handled at the lowest tier
 * that can; escalation moves it up one tier at a time. Beyond {@link #DISTRICT} there is no tier:
 * a matter that the district departments cannot settle is flagged for district-government
 * coordination (兜底).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Tier implements Labelled {
  /** 楼栋 — the building, with its building leader (楼栋长) and unit leaders. */
  BUILDING,
  /** 网格 — the grid, with its grid leader, grid workers and helper group. */
  GRID,
  /** 社区 — the community (residents' committee) and its workers. */
  COMMUNITY,
  /** 街道 — the street office, which can summon departments (吹哨). */
  STREET,
  /** 区职能部门 — the district's functional departments. */
  DISTRICT;

  private static final Tier[] VALUES = values();

  /** The tier above this one, or empty at the top ({@link #DISTRICT}). */
  public Optional<Tier> next() {
    return isTop() ? Optional.empty() : Optional.of(VALUES[ordinal() + 1]);
  }

  /** Whether this is the highest tier. */
  public boolean isTop() {
    return this == DISTRICT;
  }

  /** Whether this tier is strictly above {@code other}. */
  public boolean isAbove(Tier other) {
    return compareTo(other) > 0;
  }
}
