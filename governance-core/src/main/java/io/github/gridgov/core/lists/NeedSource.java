package io.github.gridgov.core.lists;

import io.github.gridgov.core.Labelled;

/**
 * 需求来源 — where a need on the needs list came from.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum NeedSource implements Labelled {
  /** 群众点单 — residents asked, e.g. at a 议事亭 or through a mini-program. */
  RESIDENTS,
  /** 工单汇总 — several orders of one kind in one area, gathered into one need. */
  ORDERS,
  /** 成员单位 — a member unit's own need (双向需求). */
  MEMBER_UNIT,
  /** 走访排查 — found on a visit or an inspection. */
  VISITS
}
