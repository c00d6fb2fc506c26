package io.github.gridgov.core.order;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * 办理时限 — when an order must be accepted (签收) and resolved (办结).
 *
 * <p>Every dispatch carries deadlines: an assignment without a due time is invalid
 * (北京市接诉即办工作条例 Art. 12–13). The rules module computes them from an SLA profile and a
 * calendar. {@code acceptBy} may lie after {@code resolveBy} only when an order is dispatched after
 * its resolution deadline passed (an overdue order moving up): the new owner still gets its time
 * to accept, while the order stays overdue.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Deadlines {
  Deadlines() {}

  /** Accept by this instant. */
  @Value.Parameter
  public abstract Instant acceptBy();

  /** Resolve by this instant. */
  @Value.Parameter
  public abstract Instant resolveBy();

  /**
   * Deadlines to accept by {@code acceptBy} and resolve by {@code resolveBy}.
   */
  public static Deadlines of(Instant acceptBy, Instant resolveBy) {
    return ImmutableDeadlines.of(acceptBy, resolveBy);
  }
}
