package io.github.gridgov.core.people;

import io.github.gridgov.core.Labelled;

/**
 * 居民身份 — a role a resident holds in community life.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ResidentRole implements Labelled {
  /** 楼栋长. */
  BUILDING_LEADER,
  /** 单元长. */
  UNIT_LEADER,
  /** 邻长 — leader of a few neighbouring households. */
  NEIGHBOUR_LEADER,
  /** 小区组长. */
  COMPOUND_LEADER,
  /** 居民小组长. */
  RESIDENT_GROUP_LEADER,
  /** 居民代表. */
  RESIDENTS_REPRESENTATIVE,
  /** 居委会成员. */
  RESIDENTS_COMMITTEE_MEMBER,
  /** 人民调解委员会委员. */
  MEDIATION_COMMITTEE_MEMBER,
  /** 业主委员会委员. */
  OWNERS_COMMITTEE_MEMBER,
  /** 在职党员 reporting to the community (双报到). */
  REPORTING_PARTY_MEMBER,
  /** 志愿者. */
  VOLUNTEER
}
