package io.github.gridgov.core.people;

import io.github.gridgov.core.Labelled;

/**
 * 志愿服务队类型 — the kind of a volunteer team, e.g. the five colours of 安丰社区.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum TeamKind implements Labelled {
  /** 红色关爱. */
  RED_CARE,
  /** 绿色环保. */
  GREEN_ENVIRONMENT,
  /** 蓝色调解. */
  BLUE_MEDIATION,
  /** 紫色普法. */
  PURPLE_LAW,
  /** 橙色文化. */
  ORANGE_CULTURE,
  /** 党员志愿服务队. */
  PARTY_MEMBER,
  /** 青年 (共青团) 志愿服务队. */
  YOUTH,
  /** 巾帼志愿服务队. */
  WOMEN,
  /** 医疗志愿服务队. */
  MEDICAL,
  /** 法律志愿服务队. */
  LEGAL,
  /** 邻里互助. */
  NEIGHBOUR_HELP,
  /** Any other kind. */
  OTHER
}
