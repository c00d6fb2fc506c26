package io.github.gridgov.rules.catalogue;

import io.github.gridgov.core.Labelled;

/**
 * 派单方式 — how a category's orders find their owner (as in MicroCommunity, tier C).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum DispatchMode implements Labelled {
  /** 派单 — the rules pick the best eligible responder. */
  ASSIGN,
  /** 抢单 — the order is offered to every eligible responder; the first to accept owns it. */
  GRAB,
  /** 轮派 — eligible responders take turns, in id order, after the one the host says went last. */
  ROUND_ROBIN
}
