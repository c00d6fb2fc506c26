package io.github.gridgov.rules.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * 统计期 — the half-open interval {@code [start, end)} of reports counted; everything is judged
 * as it stood at {@code end}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Period {
  private final Instant start;
  private final Instant end;

  private Period(Instant start, Instant end) {
    this.start = start;
    this.end = end;
  }

  /**
   * The period from {@code start} (inclusive) to {@code end} (exclusive).
   *
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static Period of(Instant start, Instant end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(
        end.isAfter(start), "Cannot create Period: end %s must be after start %s", end, start);
    return new Period(start, end);
  }

  /** The first instant counted. */
  public Instant start() {
    return start;
  }

  /** The first instant not counted; the instant everything is judged at. */
  public Instant end() {
    return end;
  }

  /** Whether {@code at} lies in the period. */
  public boolean contains(Instant at) {
    return !at.isBefore(start) && at.isBefore(end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Period period && period.start.equals(start) && period.end.equals(end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
