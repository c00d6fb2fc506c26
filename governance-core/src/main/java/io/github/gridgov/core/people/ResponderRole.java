package io.github.gridgov.core.people;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.Tier;

/**
 * 处置人角色 — what kind of party a responder is, with the tier it works at by default.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ResponderRole implements Labelled {
  /** 楼栋长. */
  BUILDING_LEADER(Tier.BUILDING),
  /** 单元长. */
  UNIT_LEADER(Tier.BUILDING),
  /** 邻长. */
  NEIGHBOUR_LEADER(Tier.BUILDING),
  /** 小区组长 — covers a compound; works at building tier for its buildings. */
  COMPOUND_LEADER(Tier.BUILDING),
  /** 物业 — a property company; works at building tier for its compound. */
  PROPERTY_COMPANY(Tier.BUILDING),
  /** 网格员. */
  GRID_WORKER(Tier.GRID),
  /** 网格长. */
  GRID_LEADER(Tier.GRID),
  /** 社区工作者. */
  COMMUNITY_WORKER(Tier.COMMUNITY),
  /** 在职党员 reporting to the community (党员接单). */
  PARTY_MEMBER(Tier.COMMUNITY),
  /** 志愿者. */
  VOLUNTEER(Tier.COMMUNITY),
  /** 人民调解员. */
  MEDIATOR(Tier.COMMUNITY),
  /** 社区民警. */
  COMMUNITY_POLICE(Tier.COMMUNITY),
  /** 服务企业, e.g. 店小二 taking errands. */
  SERVICE_COMPANY(Tier.COMMUNITY),
  /** 街道办事处. */
  STREET_OFFICE(Tier.STREET),
  /** 区职能部门. */
  DISTRICT_DEPARTMENT(Tier.DISTRICT);

  private final Tier defaultTier;

  ResponderRole(Tier defaultTier) {
    this.defaultTier = defaultTier;
  }

  /** The tier a responder of this role works at unless its record says otherwise. */
  public Tier defaultTier() {
    return defaultTier;
  }

  /** Whether this role is an organisation rather than a person. */
  public boolean isOrganisation() {
    return this == PROPERTY_COMPANY
        || this == SERVICE_COMPANY
        || this == STREET_OFFICE
        || this == DISTRICT_DEPARTMENT;
  }
}
