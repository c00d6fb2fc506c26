package io.github.gridgov.rules.escalation;

import io.github.gridgov.core.Labelled;

/**
 * 升级方式 — how an order moves, each kind one lifecycle step (or two) that
 * {@code GovernanceRules.apply} takes.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum EscalationKind implements Labelled {
  /** 改派 — another owner at the same tier before anyone accepted: the {@code REASSIGN} step. */
  REASSIGN_IN_TIER,
  /**
   * 转派 — an accepted order whose owner is gone or off duty goes to another owner at the same
   * tier: an approved transfer ({@code APPROVE_TRANSFER} then {@code TRANSFER}), so the first
   * owner's responsibility is handed over on the record (首接负责, 北京市接诉即办工作条例 Art. 14).
   */
  TRANSFER_IN_TIER,
  /** 上报 — a higher tier takes it ({@code ESCALATE}); at the street, a 吹哨 summoning departments. */
  ESCALATE,
  /** 区政府统筹 — nobody higher can take it: flagged for district-government coordination. */
  DISTRICT_COORDINATION,
  /** 挂账复查 — a parked order reached its review date: resumed, so that its clock and the ladder apply again. */
  RESUME_FOR_REVIEW,
  /** 回访超时 — a resolved order was neither rated nor verified within the callback limit: closed unrated. */
  CLOSE_UNRATED
}
