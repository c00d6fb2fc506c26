package io.github.gridgov.rules.deliberation;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 专有部分 — one exclusive unit of a building or compound, for owners' votes: its owner (the
 * developer, for a unit not yet sold or delivered), whether it was sold and delivered, and its
 * area from the land register, a survey or the sale contract.
 *
 * <p>Its area for voting is the registered area, else the measured area, else the contract area
 * (建筑物区分所有权解释 Art. 8). Rules: at least one area is given; areas are positive, with at most
 * {@value #MAX_SCALE} decimals and below 10^9 m² (so that exact sums stay fast and short).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ExclusiveUnit implements WithExclusiveUnit {
  /** Where the area for voting came from. */
  public enum AreaSource implements Labelled {
    /** 不动产登记簿. */
    REGISTRY,
    /** 测绘机构实测. */
    MEASURED,
    /** 房屋买卖合同. */
    CONTRACT
  }

  ExclusiveUnit() {}

  /** The unit. */
  public abstract UnitId id();

  /** Its owner; for a unit not yet sold or delivered, the developer. */
  public abstract OwnerId owner();

  /** Whether it has been sold and delivered; {@code true} unless set. */
  @Value.Default
  public boolean isSoldAndDelivered() {
    return true;
  }

  /** The most decimals an area may have (a land register records 0.01 m²; ours, generous). */
  public static final int MAX_SCALE = 6;

  /** The most integer digits an area may have: below 10^9 m² (ours). */
  public static final int MAX_INTEGER_DIGITS = 9;

  /** An area for a message, bounded: scientific notation of at most 30 characters. */
  private static String shown(BigDecimal v) {
    String s = v.precision() > 20 ? v.round(new java.math.MathContext(6)).toString() : v.toString();
    return Checks.abbreviate(s);
  }

  /** The area in the land register, m². */
  public abstract Optional<BigDecimal> registryArea();

  /** The measured area, m². */
  public abstract Optional<BigDecimal> measuredArea();

  /** The area in the sale contract, m². */
  public abstract Optional<BigDecimal> contractArea();

  /** The area for voting (建筑物区分所有权解释 Art. 8). */
  public BigDecimal area() {
    return registryArea().or(this::measuredArea).or(this::contractArea).get();
  }

  /** Where {@link #area()} came from. */
  public AreaSource areaSource() {
    return registryArea().isPresent()
        ? AreaSource.REGISTRY
        : measuredArea().isPresent() ? AreaSource.MEASURED : AreaSource.CONTRACT;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExclusiveUnit}; {@link #build()} throws if no area is given or one is not positive. */
  public static final class Builder extends ImmutableExclusiveUnit.Builder {}

  @Value.Check
  void check() {
    Checks.check(
        registryArea().isPresent() || measuredArea().isPresent() || contractArea().isPresent(),
        "ExclusiveUnit",
        "area",
        id(),
        "must be given from the register, a survey or the contract");
    for (Optional<BigDecimal> a :
        java.util.List.of(registryArea(), measuredArea(), contractArea())) {
      a.ifPresent(
          v -> {
            Checks.check(
                v.signum() > 0,
                "ExclusiveUnit",
                "area",
                shown(v),
                "must be positive (unit %s)",
                id());
            Checks.check(
                v.scale() <= MAX_SCALE && v.precision() - v.scale() <= MAX_INTEGER_DIGITS,
                "ExclusiveUnit",
                "area",
                shown(v),
                "must have at most 6 decimals and be below 10^9 m² (unit %s)",
                id());
          });
    }
  }
}
