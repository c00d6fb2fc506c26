package io.github.gridgov.rules.sla;

import io.github.gridgov.core.order.OrderId;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * 现行时限 — the deadlines in force for one order at one instant, as the {@link SlaClock} counts
 * them: the one deadline model that escalation, the agenda's timers and the metrics (按期结案, SLA
 * breaches) share.
 *
 * <p>Unlike the deadlines stamped on a dispatch, these move: suspension (挂起) and parking (挂账)
 * stop the clock, a reopening restarts it, a reprioritisation or a care need noted later changes
 * the limit and keeps the time used, an extension (延期) lengthens it; a tighter stamped deadline
 * that a check accepted stays in force. While the clock stands still, {@link #resolveBy()} is
 * when the limit would fall due if it ran again from {@link #at()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DeadlinesInForce {
  DeadlinesInForce() {}

  /** The order. */
  public abstract OrderId order();

  /** The instant they were worked out for. */
  public abstract Instant at();

  /** 办结时限 — when the resolution limit in force falls due (in the past when overdue). */
  public abstract Instant resolveBy();

  /** 签收时限 — when the owner must accept, while the order waits to be accepted. */
  public abstract Optional<Instant> acceptBy();

  /** When the order's time at its tier runs out (below the top tier, while it is handled). */
  public abstract Optional<Instant> tierBy();

  /** 挂账复查 — the review date of a parked order. */
  public abstract Optional<Instant> reviewAt();

  /** 回访时限 — when a resolved order waiting for its rating is closed unrated. */
  public abstract Optional<Instant> callbackBy();

  /** 督办回复时限 — when the pending supervision must be answered. */
  public abstract Optional<Instant> supervisionReplyBy();

  /** Whether the resolution clock stands still (suspended, parked, resolved, closed or final). */
  public abstract boolean isPaused();

  /** Whether the resolution limit in force has passed at {@link #at()}. */
  public boolean isOverdue() {
    return !resolveBy().isAfter(at());
  }

  /** Every deadline present, earliest first. */
  public java.util.List<Instant> all() {
    return Stream.of(
            Optional.of(resolveBy()),
            acceptBy(),
            tierBy(),
            reviewAt(),
            callbackBy(),
            supervisionReplyBy())
        .flatMap(Optional::stream)
        .sorted()
        .toList();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableDeadlinesInForce.Builder {}
}
