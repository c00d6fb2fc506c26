package io.github.gridgov.core.area;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.Tier;
import java.util.Optional;

/**
 * 区域层级 — the kinds of area a responder can cover or an order can be located in, smallest
 * first.
 *
 * <p>Every level but {@link #COMPOUND} matches a {@link Tier}; a compound (小区) sits between
 * building and grid but is not a rung of the handling ladder.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum AreaLevel implements Labelled {
  /** 楼栋. */
  BUILDING(Tier.BUILDING),
  /** 小区. */
  COMPOUND(null),
  /** 网格. */
  GRID(Tier.GRID),
  /** 社区. */
  COMMUNITY(Tier.COMMUNITY),
  /** 街道. */
  STREET(Tier.STREET),
  /** 区 — the whole jurisdiction. */
  DISTRICT(Tier.DISTRICT);

  private final Optional<Tier> tier;

  AreaLevel(Tier tier) {
    this.tier = Optional.ofNullable(tier);
  }

  /** The tier that handles matters of this area, empty for {@link #COMPOUND}. */
  public Optional<Tier> tier() {
    return tier;
  }

  /** The area level that matches {@code tier}. */
  public static AreaLevel of(Tier tier) {
    return switch (tier) {
      case BUILDING -> BUILDING;
      case GRID -> GRID;
      case COMMUNITY -> COMMUNITY;
      case STREET -> STREET;
      default -> DISTRICT;
    };
  }
}
