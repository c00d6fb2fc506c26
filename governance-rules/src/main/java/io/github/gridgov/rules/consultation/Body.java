package io.github.gridgov.rules.consultation;

import io.github.gridgov.core.Labelled;

/**
 * 协商主体 — the bodies that take part in a community consultation.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Body implements Labelled {
  /** 社区党组织 — the community's party organisation, which leads the consultation. */
  PARTY_ORGANISATION,
  /** 居民委员会. */
  RESIDENTS_COMMITTEE,
  /** 居务监督委员会. */
  SUPERVISORY_COMMITTEE,
  /** 业主委员会. */
  OWNERS_COMMITTEE,
  /** 物业服务企业. */
  PROPERTY_SERVICE,
  /** 物业管理委员会 — for a compound with no owners' committee. */
  PROPERTY_MANAGEMENT_COMMITTEE,
  /** 居民代表. */
  RESIDENT_REPRESENTATIVE,
  /** 社区民警. */
  POLICE,
  /** 共建单位 — a member unit (大党委成员单位, 驻区单位). */
  MEMBER_UNIT,
  /** 街道或职能部门. */
  GOVERNMENT
}
