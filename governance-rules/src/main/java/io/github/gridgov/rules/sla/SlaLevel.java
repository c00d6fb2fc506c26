package io.github.gridgov.rules.sla;

import io.github.gridgov.core.Labelled;

/**
 * 预警等级 — green below the warning share of a limit, yellow from it up to the limit, red when
 * overdue (urban-management practice, tier C).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum SlaLevel implements Labelled {
  /** 正常 — below the warning share. */
  GREEN,
  /** 预警 — at or above the warning share, not yet overdue. */
  YELLOW,
  /** 超时 — overdue. */
  RED
}
