package io.github.gridgov.core.people;

import io.github.gridgov.core.Labelled;

/**
 * 关爱对象标签 — a household's or person's care need; raises an order's priority and may shorten
 * its deadline (see the rules module).
 *
 * <p>At most 32 constants: the registry keeps a household's care needs as one bitmask.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum CareNeed implements Labelled {
  /** 独居老人. */
  ELDERLY_LIVING_ALONE,
  /** 空巢老人. */
  EMPTY_NEST_ELDERLY,
  /** 八十岁以上老人. */
  AGED_80_PLUS,
  /** 残疾人. */
  DISABLED,
  /** 失能/卧床. */
  BEDRIDDEN,
  /** 低保户. */
  LOW_INCOME,
  /** 特困人员. */
  EXTREME_HARDSHIP,
  /** 星星的孩子 — a family with an autistic child. */
  AUTISM_FAMILY,
  /** 留守儿童. */
  LEFT_BEHIND_CHILD,
  /** 助餐 — uses the community's meal assistance (e.g. a senior canteen). */
  MEAL_ASSISTANCE,
  /** 重病 — serious illness. */
  SERIOUS_ILLNESS;
}
