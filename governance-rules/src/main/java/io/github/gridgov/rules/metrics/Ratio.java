package io.github.gridgov.rules.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * 比率 — an exact ratio of two counts. With a zero denominator it is "not applicable": its value
 * is empty, never NaN or 0 %.
 *
 * <p>Rounding rule: {@link #value()} is rounded half-up to 4 decimal places and {@link
 * #percent()} half-up to 2 (911/972 → 0.9372 → 93.72 %); compare ratios exactly with {@link
 * #numerator()} and {@link #denominator()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Ratio {
  private final long numerator;
  private final long denominator;

  private Ratio(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The ratio {@code numerator / denominator}.
   *
   * @throws IllegalArgumentException if either is negative or the numerator exceeds the denominator
   */
  public static Ratio of(long numerator, long denominator) {
    checkArgument(
        numerator >= 0 && denominator >= 0 && numerator <= denominator,
        "Cannot create Ratio: %s/%s must satisfy 0 <= numerator <= denominator",
        numerator,
        denominator);
    return new Ratio(numerator, denominator);
  }

  /** The numerator. */
  public long numerator() {
    return numerator;
  }

  /** The denominator. */
  public long denominator() {
    return denominator;
  }

  /** Whether the denominator is above zero. */
  public boolean isApplicable() {
    return denominator > 0;
  }

  /** The value rounded half-up to 4 places; empty when not applicable. */
  public Optional<BigDecimal> value() {
    return isApplicable()
        ? Optional.of(
            BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP))
        : Optional.empty();
  }

  /** The value in percent, rounded half-up to 2 places; empty when not applicable. */
  public Optional<BigDecimal> percent() {
    return isApplicable()
        ? Optional.of(
            BigDecimal.valueOf(numerator)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP))
        : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio ratio
        && ratio.numerator == numerator
        && ratio.denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /** E.g. {@code 911/972 (93.72%)} or {@code 0/0 (n/a)}. */
  @Override
  public String toString() {
    return numerator
        + "/"
        + denominator
        + " ("
        + percent().map(p -> p.toPlainString() + "%").orElse("n/a")
        + ")";
  }
}
