package io.github.gridgov.core.lists;

import io.github.gridgov.core.Labelled;

/**
 * 成员单位类型 — how a unit takes part in a community's work.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum MemberUnitKind implements Labelled {
  /** 大党委成员单位 — a member of the community's (or grid's) joint party committee. */
  JOINT_PARTY_COMMITTEE,
  /** 报到党组织 — a party organisation of an employer whose members report to the community (双报到). */
  REPORTING_PARTY_ORGANISATION,
  /** 共建单位 — a unit in the area that builds the community together with it (驻区单位). */
  CO_BUILDING_UNIT,
  /** 驻区企业 — an enterprise in the area. */
  ENTERPRISE,
  /** 社会组织 — a social organisation, e.g. a registered service provider. */
  SOCIAL_ORGANISATION
}
