package io.github.gridgov.core.registry.internal;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaLevel;

/**
 * Who covers an area, by registry position: per area level, per area index, the positions of the
 * responders covering that area (sorted by id), and the working tier of each responder. An area is
 * reached through itself and the areas containing it (compound, grid, community, street,
 * district); each responder is met once, at the closest of them. Immutable once built; the arrays
 * it is given are the registry's and are never changed. Not API.
 */
public final class CoverageIndex {
  private static final AreaLevel[] LEVELS = AreaLevel.values();

  private final int[][][] coverage;
  private final byte[] tier;
  private final int[] buildingCompound;
  private final int[] buildingGrid;
  private final int[] gridCommunity;
  private final int[] compoundCommunity;
  private final int[] communityStreet;

  /** Receives covering responders; returns {@code false} to stop the visit. */
  @FunctionalInterface
  public interface Visitor {
    /** The responder at {@code position}, reached through an area of level {@code through}. */
    boolean visit(int position, AreaLevel through);
  }

  /**
   * An index over {@code coverage} (by level ordinal, by area index: responder positions sorted
   * by id), the responders' working tiers by position (tier ordinals), and the containment of
   * buildings (compound, or -1; grid), grids, compounds and communities.
   */
  public CoverageIndex(
      int[][][] coverage,
      byte[] tier,
      int[] buildingCompound,
      int[] buildingGrid,
      int[] gridCommunity,
      int[] compoundCommunity,
      int[] communityStreet) {
    this.coverage = coverage;
    this.tier = tier;
    this.buildingCompound = buildingCompound;
    this.buildingGrid = buildingGrid;
    this.gridCommunity = gridCommunity;
    this.compoundCommunity = compoundCommunity;
    this.communityStreet = communityStreet;
  }

  /**
   * Visits the responders working at {@code workingTier} that cover the area {@code index} of
   * {@code level} or an area containing it, closest first, by id within a level, each once;
   * returns whether the visitor stopped the visit.
   */
  public boolean visit(AreaLevel level, int index, Tier workingTier, Visitor visitor) {
    int b = -1;
    int k = -1;
    int g = -1;
    int c = -1;
    int s = -1;
    switch (level) {
      case BUILDING -> {
        b = index;
        k = buildingCompound[b];
        g = buildingGrid[b];
        c = gridCommunity[g];
        s = communityStreet[c];
      }
      case COMPOUND -> {
        k = index;
        c = compoundCommunity[index];
        s = communityStreet[c];
      }
      case GRID -> {
        g = index;
        c = gridCommunity[g];
        s = communityStreet[c];
      }
      case COMMUNITY -> {
        c = index;
        s = communityStreet[c];
      }
      case STREET -> s = index;
      default -> {}
    }
    int wanted = workingTier.ordinal();
    for (int l = 0; l < LEVELS.length; l++) {
      int at = pick(l, b, k, g, c, s);
      if (at < 0) {
        continue;
      }
      for (int r : coverage[l][at]) {
        if (tier[r] == wanted
            && !coveredCloser(r, l, b, k, g, c, s)
            && !visitor.visit(r, LEVELS[l])) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The area index at level {@code l} (building, compound, grid, community, street, district)
   * among an area's containing areas; -1 where there is none. Five ints, not an array, so that a
   * visit allocates nothing.
   */
  private static int pick(int l, int b, int k, int g, int c, int s) {
    return switch (l) {
      case 0 -> b;
      case 1 -> k;
      case 2 -> g;
      case 3 -> c;
      case 4 -> s;
      default -> 0;
    };
  }

  /** Whether responder {@code r} also covers one of the areas at a level before {@code l}. */
  private boolean coveredCloser(int r, int l, int b, int k, int g, int c, int s) {
    for (int m = 0; m < l; m++) {
      int at = pick(m, b, k, g, c, s);
      if (at >= 0) {
        for (int other : coverage[m][at]) {
          if (other == r) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
