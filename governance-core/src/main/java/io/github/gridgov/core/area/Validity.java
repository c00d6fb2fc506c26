package io.github.gridgov.core.area;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 有效期 — the dates between which an assignment is in force, both ends inclusive, either end
 * open.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Validity {
  private static final Validity ALWAYS = new Validity(null, null);

  private final LocalDate from;
  private final LocalDate to;

  private Validity(LocalDate from, LocalDate to) {
    if (from != null && to != null) {
      Checks.check(!to.isBefore(from), "Validity", "to", to, "must not be before from %s", from);
    }
    this.from = from;
    this.to = to;
  }

  /** In force on every date. */
  public static Validity always() {
    return ALWAYS;
  }

  /** In force from {@code from} on, with no end. */
  public static Validity from(LocalDate from) {
    return new Validity(requireNonNull(from, "from"), null);
  }

  /** In force from {@code from} to {@code to}, both inclusive. */
  public static Validity between(LocalDate from, LocalDate to) {
    return new Validity(requireNonNull(from, "from"), requireNonNull(to, "to"));
  }

  /** In force on every date up to and including {@code to}. */
  public static Validity until(LocalDate to) {
    return new Validity(null, requireNonNull(to, "to"));
  }

  /** The first date in force, if bounded. */
  public Optional<LocalDate> start() {
    return Optional.ofNullable(from);
  }

  /** The last date in force, if bounded. */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(to);
  }

  /** Whether {@code date} is in force. */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /** Whether this and {@code other} share at least one date. */
  public boolean overlaps(Validity other) {
    boolean thisEndsBefore = to != null && other.from != null && to.isBefore(other.from);
    boolean otherEndsBefore = other.to != null && from != null && other.to.isBefore(from);
    return !thisEndsBefore && !otherEndsBefore;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Validity validity
        && Objects.equals(from, validity.from)
        && Objects.equals(to, validity.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }

  /** E.g. {@code [2024-01-01..2025-06-30]} or {@code [..]}. */
  @Override
  public String toString() {
    return "[" + (from == null ? "" : from) + ".." + (to == null ? "" : to) + "]";
  }
}
