package io.github.gridgov.rules.sla;

import com.google.common.collect.ImmutableMap;
import io.github.gridgov.core.Tier;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * 层级时限 — how long an order may sit at each tier before it moves up, as a share of its
 * resolution limit, so that escalation happens inside the overall limit.
 *
 * <p>Our configurable default ({@link #standard()}): one fifth of the limit at each of 楼栋, 网格,
 * 社区 and 街道; the district departments keep whatever is left. No law or standard sets these
 * shares.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TierBudgets {
  private static final TierBudgets STANDARD =
      of(Map.of(Tier.BUILDING, 0.2, Tier.GRID, 0.2, Tier.COMMUNITY, 0.2, Tier.STREET, 0.2));

  private final ImmutableMap<Tier, Double> shares;

  private TierBudgets(Map<Tier, Double> shares) {
    EnumMap<Tier, Double> sorted = new EnumMap<>(Tier.class);
    sorted.putAll(shares);
    this.shares = ImmutableMap.copyOf(sorted);
  }

  /** The default: 20 % of the limit at each tier below DISTRICT. */
  public static TierBudgets standard() {
    return STANDARD;
  }

  /**
   * Budgets from shares of the resolution limit; a tier without a share has no budget of its own
   * (only the overall deadline applies there).
   *
   * @throws io.github.gridgov.core.InvalidModelException if a share is not in (0, 1] or the shares
   *     add up to more than 1
   */
  public static TierBudgets of(Map<Tier, Double> shares) {
    double sum = 0;
    for (Map.Entry<Tier, Double> e : shares.entrySet()) {
      double v = e.getValue();
      io.github.gridgov.core.internal.Checks.check(
          v > 0 && v <= 1, "TierBudgets", "share of " + e.getKey(), v, "must be in (0, 1]");
      sum += v;
    }
    io.github.gridgov.core.internal.Checks.check(
        sum <= 1.0 + 1e-9, "TierBudgets", "shares", sum, "must add up to at most 1");
    return new TierBudgets(shares);
  }

  /** The budget at {@code tier} for an order whose resolution limit is {@code limit}, if the tier has one. */
  public java.util.Optional<Duration> budget(Tier tier, Duration limit) {
    Double share = shares.get(tier);
    return share == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(Duration.ofMillis((long) (limit.toMillis() * share)));
  }

  /** The shares by tier. */
  public Map<Tier, Double> shares() {
    return shares;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TierBudgets tierBudgets && tierBudgets.shares.equals(shares);
  }

  @Override
  public int hashCode() {
    return shares.hashCode();
  }

  @Override
  public String toString() {
    return "TierBudgets" + shares;
  }
}
