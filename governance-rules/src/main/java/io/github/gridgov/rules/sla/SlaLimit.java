package io.github.gridgov.rules.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Labelled;
import java.time.Duration;

/**
 * 时限 — an amount of counted time: minutes, hours or days of a {@link WorkCalendar}. On a
 * working calendar a day is one working day (its working hours); on a natural one, 24 hours.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SlaLimit {
  /** The units of a limit. */
  public enum Unit implements Labelled {
    /** Minutes. */
    MINUTES,
    /** Hours. */
    HOURS,
    /** Days: working days on a working calendar. */
    DAYS
  }

  private final long amount;
  private final Unit unit;

  private SlaLimit(long amount, Unit unit) {
    checkArgument(amount > 0, "Cannot create SlaLimit: amount '%s' must be positive", amount);
    this.amount = amount;
    this.unit = requireNonNull(unit, "unit");
  }

  /** {@code n} minutes. */
  public static SlaLimit minutes(long n) {
    return new SlaLimit(n, Unit.MINUTES);
  }

  /** {@code n} hours. */
  public static SlaLimit hours(long n) {
    return new SlaLimit(n, Unit.HOURS);
  }

  /** {@code n} days (working days on a working calendar). */
  public static SlaLimit days(long n) {
    return new SlaLimit(n, Unit.DAYS);
  }

  /** The amount. */
  public long amount() {
    return amount;
  }

  /** The unit. */
  public Unit unit() {
    return unit;
  }

  /** The counted time this limit stands for on {@code calendar}. */
  public Duration on(WorkCalendar calendar) {
    switch (unit) {
      case MINUTES -> {
        return Duration.ofMinutes(amount);
      }
      case HOURS -> {
        return Duration.ofHours(amount);
      }
      default -> {
        Duration day = calendar.dayLength();
        return day.getNano() == 0
            ? Duration.ofSeconds(Math.multiplyExact(day.getSeconds(), amount))
            : day.multipliedBy(amount);
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SlaLimit slaLimit && slaLimit.amount == amount && slaLimit.unit == unit;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(amount) * 31 + unit.hashCode();
  }

  /** E.g. {@code 7 DAYS}. */
  @Override
  public String toString() {
    return amount + " " + unit;
  }
}
