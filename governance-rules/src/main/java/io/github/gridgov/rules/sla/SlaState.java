package io.github.gridgov.rules.sla;

import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * 时限状态 — where an order stands against one limit at one instant: counted time used, the
 * limit, what remains (negative when overdue), the warning level, whether the clock stands still
 * and when the limit falls due if the clock runs on.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SlaState {
  SlaState() {}

  /** The limit, in counted time. */
  public abstract Duration limit();

  /** Counted time used so far. */
  public abstract Duration elapsed();

  /** Whether the clock stands still (suspended, parked, resolved, closed or final). */
  public abstract boolean isPaused();

  /** When the limit falls due if the clock runs from now on; in the past when overdue. */
  public abstract Instant dueAt();

  /** The warning share used for the level. */
  @Value.Auxiliary
  abstract double yellowAt();

  /** What remains of the limit; negative when overdue. */
  public Duration remaining() {
    return limit().minus(elapsed());
  }

  /** The share of the limit used. */
  public double fractionUsed() {
    return limit().isZero() ? 1.0 : (double) elapsed().toMillis() / limit().toMillis();
  }

  /** Green, yellow or red. */
  public SlaLevel level() {
    if (elapsed().compareTo(limit()) >= 0) {
      return SlaLevel.RED;
    }
    return fractionUsed() >= yellowAt() ? SlaLevel.YELLOW : SlaLevel.GREEN;
  }

  static SlaState of(
      Duration limit, Duration elapsed, boolean paused, Instant dueAt, double yellowAt) {
    return ImmutableSlaState.builder()
        .limit(limit)
        .elapsed(elapsed)
        .paused(paused)
        .dueAt(dueAt)
        .yellowAt(yellowAt)
        .build();
  }
}
