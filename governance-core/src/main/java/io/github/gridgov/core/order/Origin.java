package io.github.gridgov.core.order;

import io.github.gridgov.core.Labelled;

/**
 * 来源 — how a matter reached the platform.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Origin implements Labelled {
  /** 群众点单 — a resident asked, e.g. through a mini-program. */
  RESIDENT,
  /** 网格巡查 — found on a grid worker's patrol. */
  GRID_PATROL,
  /** 12345 热线 — the city hotline. */
  HOTLINE_12345,
  /** 未诉先办 — found proactively before anyone complained. */
  PROACTIVE,
  /** 转办 — referred from another body. */
  REFERRAL
}
