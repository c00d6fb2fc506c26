package io.github.gridgov.core.people;

import io.github.gridgov.core.Labelled;

/**
 * 关爱对象标签 — a household's or person's care need; raises an order's priority and may shorten
 * its deadline (see the rules module).
 *
 * <p>At most 32 constants: the registry keeps a household's care needs as one bitmask.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public enum CareNeed implements Labelled {
  /** 独居老人. */
  ELDERLY_LIVING_ALONE("独居老人", "elderly living alone"),
  /** 空巢老人. */
  EMPTY_NEST_ELDERLY("空巢老人", "empty-nest elderly"),
  /** 八十岁以上老人. */
  AGED_80_PLUS("80岁以上老人", "aged 80 or over"),
  /** 残疾人. */
  DISABLED("残疾人", "disabled"),
  /** 失能/卧床. */
  BEDRIDDEN("失能卧床", "bedridden"),
  /** 低保户. */
  LOW_INCOME("低保", "low-income allowance"),
  /** 特困人员. */
  EXTREME_HARDSHIP("特困", "extreme hardship"),
  /** 星星的孩子 — a family with an autistic child. */
  AUTISM_FAMILY("星星的孩子家庭", "autism family"),
  /** 留守儿童. */
  LEFT_BEHIND_CHILD("留守儿童", "left-behind child"),
  /** 助餐 — uses the community's meal assistance (e.g. a senior canteen). */
  MEAL_ASSISTANCE("助餐", "meal assistance"),
  /** 重病 — serious illness. */
  SERIOUS_ILLNESS("重病", "serious illness");

  private final String zh;
  private final String en;

  CareNeed(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }
}
