package io.github.gridgov.rules.consultation;

import io.github.gridgov.core.Labelled;

/**
 * 协商阶段 — where a consultation stands.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Stage implements Labelled {
  /** 提出议题 — proposed after gathering opinions (意见征询). */
  PROPOSED,
  /** 提前通报 — participants told the content and information ahead. */
  NOTIFIED,
  /** 协商论证 — deliberated, each participant's opinion recorded (方案论证). */
  DELIBERATED,
  /** 通过 — decided and adopted. */
  ADOPTED,
  /** 未通过 — decided and not adopted; the participants are still told. */
  NOT_ADOPTED,
  /** 公示 — the decision made public. */
  PUBLICISED,
  /** 组织实施 — being carried out. */
  IMPLEMENTING,
  /** 反馈 — the participants and residents told how it went; done. */
  FED_BACK,
  /** 撤回 — withdrawn before a decision. */
  WITHDRAWN
}
