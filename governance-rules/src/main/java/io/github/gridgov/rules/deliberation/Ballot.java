package io.github.gridgov.rules.deliberation;

import io.github.gridgov.core.Labelled;
import org.immutables.value.Value;

/**
 * 选票 — one owner's vote for one unit.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Ballot {
  /** How an owner votes. */
  public enum Choice implements Labelled {
    /** 同意. */
    FOR,
    /** 反对. */
    AGAINST,
    /** 弃权 — takes part without approving. */
    ABSTAIN
  }

  Ballot() {}

  /** The unit voted for. */
  @Value.Parameter
  public abstract UnitId unit();

  /** Who cast it. */
  @Value.Parameter
  public abstract OwnerId voter();

  /** The choice. */
  @Value.Parameter
  public abstract Choice choice();

  /** {@code voter} votes {@code choice} for {@code unit}. */
  public static Ballot of(UnitId unit, OwnerId voter, Choice choice) {
    return ImmutableBallot.of(unit, voter, choice);
  }
}
