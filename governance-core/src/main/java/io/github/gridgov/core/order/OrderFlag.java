package io.github.gridgov.core.order;

import io.github.gridgov.core.Labelled;

/**
 * 工单标记 — facts about a matter that change how it is routed.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum OrderFlag implements Labelled {
  /** 紧急警情 — needs 110/119/120/122 at once (北京市接诉即办工作条例 Art. 11). */
  EMERGENCY,
  /** 可能激化 — possible violence or crime (人民调解法 Art. 25: police at once). */
  VIOLENCE_RISK,
  /** 公共安全 — a risk to public safety. */
  PUBLIC_SAFETY,
  /** 需执法 — needs law enforcement (城管执法): street tier, 吹哨. */
  NEEDS_LAW_ENFORCEMENT,
  /** 需部门法定职权 — needs a department's statutory power (housing, police). */
  NEEDS_DEPARTMENT_POWER,
  /** 多部门 — needs several departments. */
  SEVERAL_DEPARTMENTS,
  /** 依法定途径 — belongs to litigation, arbitration or 信访. */
  LEGAL_CHANNEL,
  /** 危险作业 — a dangerous task: only insured volunteers. */
  DANGEROUS_TASK,
  /** 疑难复杂. */
  COMPLEX,
  /** 区政府统筹 — flagged for district-government coordination: the top tier could not settle it. */
  DISTRICT_COORDINATION
}
