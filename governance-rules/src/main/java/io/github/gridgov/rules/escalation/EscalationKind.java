package io.github.gridgov.rules.escalation;

/**
 * 升级方式 — how an order moves.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public enum EscalationKind {
  /** 改派 — another owner at the same tier (tried first when nobody accepted in time). */
  REASSIGN_IN_TIER,
  /** 上报 — a higher tier takes it; at the street, a 吹哨 summoning departments. */
  ESCALATE,
  /** 区政府统筹 — already at the top: flagged for district-government coordination. */
  DISTRICT_COORDINATION
}
