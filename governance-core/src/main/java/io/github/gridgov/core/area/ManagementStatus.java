package io.github.gridgov.core.area;

import io.github.gridgov.core.Labelled;

/**
 * 小区管理状态 — who manages a residential compound.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ManagementStatus implements Labelled {
  /** 有物业 — managed by a property company. */
  MANAGED,
  /** 自管 — managed by the owners themselves (owners' committee or self-management group). */
  SELF_MANAGED,
  /** 三无小区 — no property company, no owners' committee, no competent unit. */
  UNMANAGED
}
