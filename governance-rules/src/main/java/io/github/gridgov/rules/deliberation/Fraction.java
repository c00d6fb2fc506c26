package io.github.gridgov.rules.deliberation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * 分数 — an exact, non-negative rational number in lowest terms. Thresholds of the law are
 * compared with it exactly, never with doubles.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Fraction implements Comparable<Fraction> {
  /** 0. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** 1/2. */
  public static final Fraction HALF = new Fraction(BigInteger.ONE, BigInteger.TWO);

  /** 2/3. */
  public static final Fraction TWO_THIRDS = new Fraction(BigInteger.TWO, BigInteger.valueOf(3));

  /** 3/4. */
  public static final Fraction THREE_QUARTERS =
      new Fraction(BigInteger.valueOf(3), BigInteger.valueOf(4));

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** {@code numerator / denominator}; a zero denominator gives {@link #ZERO} (nothing of nothing). */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    checkArgument(
        numerator.signum() >= 0 && denominator.signum() >= 0,
        "Cannot create Fraction: %s/%s must not be negative",
        numerator,
        denominator);
    if (denominator.signum() == 0) {
      return ZERO;
    }
    BigInteger g = numerator.gcd(denominator);
    return new Fraction(numerator.divide(g), denominator.divide(g));
  }

  /** {@code numerator / denominator}. */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** {@code numerator / denominator}, exactly, for decimal quantities such as areas. */
  public static Fraction of(BigDecimal numerator, BigDecimal denominator) {
    int scale = Math.max(numerator.scale(), denominator.scale());
    return of(
        numerator.setScale(scale).unscaledValue(), denominator.setScale(scale).unscaledValue());
  }

  /** The numerator, in lowest terms. */
  public BigInteger numerator() {
    return numerator;
  }

  /** The denominator, in lowest terms. */
  public BigInteger denominator() {
    return denominator;
  }

  /** 以上 — at least {@code threshold}, the threshold itself included (民法典 Art. 1259). */
  public boolean isAtLeast(Fraction threshold) {
    return compareTo(threshold) >= 0;
  }

  /** 过半数/超过 — more than {@code threshold}, the threshold itself excluded (民法典 Art. 1259). */
  public boolean isMoreThan(Fraction threshold) {
    return compareTo(threshold) > 0;
  }

  @Override
  public int compareTo(Fraction o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fraction fraction
        && fraction.numerator.equals(numerator)
        && fraction.denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  /** E.g. {@code 3/4}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
