package io.github.gridgov.rules.intake;

import io.github.gridgov.core.Labelled;

/**
 * 受理结果 — what intake did with a new order, each one lifecycle step on the order.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum IntakeOutcome implements Labelled {
  /** 派单 — dispatched to the owner that assignment chose ({@code DISPATCH}). */
  DISPATCHED,
  /** 抢单 — offered to every eligible responder at the tier, first to accept owns it ({@code OFFER}). */
  OFFERED,
  /** 转出 — an emergency referred to 110/119/120/122 at once (北京市接诉即办工作条例 Art. 11). */
  REFERRED_EMERGENCY,
  /** 转出 — a matter for litigation, arbitration, administrative review or 信访, pointed to its legal channel (Art. 11). */
  REFERRED_LEGAL_CHANNEL,
  /** 转出 — the location is not in this registry: referred to the platform where it lies. */
  REFERRED_ELSEWHERE,
  /** 合并 — a duplicate of an open order, merged into it and linked both ways (Art. 11). */
  MERGED,
  /** 待派 — nobody at any tier can take it now; the order stays received, with the reasons. */
  UNASSIGNED
}
