package io.github.gridgov.core.order;

import io.github.gridgov.core.Labelled;

/**
 * 工单状态 — where an order is in its lifecycle.
 *
 * <p>Main path: {@link #RECEIVED} → {@link #DISPATCHED} → {@link #ACCEPTED} → {@link #RESOLVED} →
 * {@link #CLOSED}. Side paths: {@link #REWORK}, {@link #SUSPENDED}, {@link #PARKED}; final:
 * {@link #REFERRED}, {@link #MERGED}, {@link #CANCELLED}. A closed order can still be reopened
 * (to {@link #REWORK}); the three final statuses cannot be left.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum OrderStatus implements Labelled {
  /** 已受理. */
  RECEIVED,
  /** 已派单 — has an owner, a tier and deadlines. */
  DISPATCHED,
  /** 已签收 — the owner accepted it (接单). */
  ACCEPTED,
  /** 已办结 — the owner reports it solved. */
  RESOLVED,
  /** 已结案 — closed after rating or verification. */
  CLOSED,
  /** 返工 — back to the owner after a failed verification or an unsatisfied rating. */
  REWORK,
  /** 挂起 — waiting for the requester or a third party; the SLA clock is paused. */
  SUSPENDED,
  /** 挂账 — cannot be solved now; parked with a reason. */
  PARKED,
  /** 转出 — referred to an emergency line or a legal channel. Final. */
  REFERRED,
  /** 合并 — a duplicate merged into another order. Final. */
  MERGED,
  /** 撤单 — withdrawn. Final. */
  CANCELLED;

  /** Whether no step can leave this status: referred, merged or cancelled. */
  public boolean isFinal() {
    return this == REFERRED || this == MERGED || this == CANCELLED;
  }

  /** Whether the matter is still being handled: neither closed nor final. */
  public boolean isOpen() {
    return this != CLOSED && !isFinal();
  }

  /** Whether the SLA clock stands still in this status (suspended or parked). */
  public boolean isPaused() {
    return this == SUSPENDED || this == PARKED;
  }
}
