package io.github.gridgov.rules.assignment;

import io.github.gridgov.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 排序权重 — how the soft preferences add up to a candidate's score (higher is better):
 * {@code − closeness × steps away − load × openOrders² + preferredSkill × matching preferred skills
 * + satisfaction × satisfied share}. Squaring the load keeps one person from being flooded.
 *
 * <p>The defaults are ours and configurable (no standard sets them): closeness 100 a step, load 1,
 * preferred skill 10, satisfaction 20. With them a building leader keeps a matter of the building
 * until about ten open orders before a grid worker with none overtakes (the closeness levels of
 * after Timefold, tier C).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AssignmentWeights implements WithAssignmentWeights {
  AssignmentWeights() {}

  /** Points lost for each step away from the order's building. */
  @Value.Default
  public int closeness() {
    return 100;
  }

  /** Points lost per open order squared. */
  @Value.Default
  public int load() {
    return 1;
  }

  /** Points won per preferred skill offered. */
  @Value.Default
  public int preferredSkill() {
    return 10;
  }

  /** Points won for a fully satisfied rating record (scaled by the satisfied share). */
  @Value.Default
  public int satisfaction() {
    return 20;
  }

  /** The defaults. */
  public static AssignmentWeights standard() {
    return builder().build();
  }

  /** A new builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AssignmentWeights}; {@link #build()} refuses a negative weight. */
  public static final class Builder extends ImmutableAssignmentWeights.Builder {}

  @Value.Check
  void check() {
    Checks.check(
        closeness() >= 0, "AssignmentWeights", "closeness", closeness(), "must not be negative");
    Checks.check(load() >= 0, "AssignmentWeights", "load", load(), "must not be negative");
    Checks.check(
        preferredSkill() >= 0,
        "AssignmentWeights",
        "preferredSkill",
        preferredSkill(),
        "must not be negative");
    Checks.check(
        satisfaction() >= 0,
        "AssignmentWeights",
        "satisfaction",
        satisfaction(),
        "must not be negative");
  }
}
