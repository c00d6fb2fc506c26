package io.github.gridgov.core.registry;

import io.github.gridgov.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 规模范围 — the household counts outside which the {@link Jurisdiction} warns.
 *
 * <p>Defaults: a community of 100–700 households (城市居民委员会组织法 Art. 6: "一般在一百户至七百户的
 * 范围内设立"); a grid of 300–500 households (urban comprehensive-grid practice, source tier B/C,
 * our configurable default, not a national standard). Both
 * are warnings, never errors: real communities are often larger.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SizeLimits implements WithSizeLimits {
  SizeLimits() {}

  /** Fewest households a community should have; default 100 (居委会组织法 Art. 6). */
  @Value.Default
  public int communityMinHouseholds() {
    return 100;
  }

  /** Most households a community should have; default 700 (居委会组织法 Art. 6). */
  @Value.Default
  public int communityMaxHouseholds() {
    return 700;
  }

  /** Fewest households a grid should have; default 300 (configurable practice default). */
  @Value.Default
  public int gridMinHouseholds() {
    return 300;
  }

  /** Most households a grid should have; default 500 (configurable practice default). */
  @Value.Default
  public int gridMaxHouseholds() {
    return 500;
  }

  /** The defaults above. */
  public static SizeLimits standard() {
    return builder().build();
  }

  /** A new builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SizeLimits}; {@link #build()} throws if a minimum exceeds its maximum. */
  public static final class Builder extends ImmutableSizeLimits.Builder {}

  @Value.Check
  void check() {
    Checks.check(
        communityMinHouseholds() >= 0 && communityMinHouseholds() <= communityMaxHouseholds(),
        "SizeLimits",
        "communityMinHouseholds",
        communityMinHouseholds(),
        "must be between 0 and communityMaxHouseholds %s",
        communityMaxHouseholds());
    Checks.check(
        gridMinHouseholds() >= 0 && gridMinHouseholds() <= gridMaxHouseholds(),
        "SizeLimits",
        "gridMinHouseholds",
        gridMinHouseholds(),
        "must be between 0 and gridMaxHouseholds %s",
        gridMaxHouseholds());
  }
}
