package io.github.gridgov.rules.assignment;

import io.github.gridgov.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 评价记录 — how residents rated an owner's past orders: how many were rated, and how many of
 * those as satisfied (非常满意, 满意 or 基本满意).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RatingRecord {
  RatingRecord() {}

  /** How many orders were rated. */
  @Value.Parameter
  public abstract int rated();

  /** How many of them were satisfied. */
  @Value.Parameter
  public abstract int satisfied();

  /**
   * A record of {@code satisfied} out of {@code rated}.
   *
   * @throws io.github.gridgov.core.InvalidModelException if either is negative or satisfied exceeds rated
   */
  public static RatingRecord of(int rated, int satisfied) {
    return ImmutableRatingRecord.of(rated, satisfied);
  }

  /** The satisfied share in thousandths; 1000 (no complaint) when nothing was rated yet. */
  public int satisfiedPerMille() {
    return rated() == 0 ? 1000 : (int) (1000L * satisfied() / rated());
  }

  @Value.Check
  void check() {
    Checks.check(rated() >= 0, "RatingRecord", "rated", rated(), "must not be negative");
    Checks.check(
        satisfied() >= 0 && satisfied() <= rated(),
        "RatingRecord",
        "satisfied",
        satisfied(),
        "must be between 0 and rated %s",
        rated());
  }
}
