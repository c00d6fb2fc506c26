package io.github.gridgov.rules.deliberation;

import io.github.gridgov.core.Labelled;

/**
 * 表决事项 — the nine matters owners decide together (民法典 Art. 278, items (1)–(9)).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Matter implements Labelled {
  /** (1) 制定和修改业主大会议事规则. */
  MEETING_RULES,
  /** (2) 制定和修改管理规约. */
  MANAGEMENT_STATUTE,
  /** (3) 选举业主委员会或者更换业主委员会成员. */
  OWNERS_COMMITTEE,
  /** (4) 选聘和解聘物业服务企业或者其他管理人. */
  PROPERTY_MANAGER,
  /** (5) 使用建筑物及其附属设施的维修资金. */
  USE_MAINTENANCE_FUND,
  /** (6) 筹集建筑物及其附属设施的维修资金. */
  RAISE_MAINTENANCE_FUND,
  /** (7) 改建、重建建筑物及其附属设施. */
  REBUILD,
  /** (8) 改变共有部分的用途或者利用共有部分从事经营活动 — e.g. turning common land into parking. */
  CHANGE_USE_OF_COMMON_PARTS,
  /** (9) 有关共有和共同管理权利的其他重大事项. */
  OTHER_MAJOR_MATTER;

  /** Its item number in Art. 278, 1–9. */
  public int item() {
    return ordinal() + 1;
  }

  /** Whether it is one of items (6)–(8), which need three quarters rather than more than half. */
  public boolean needsThreeQuarters() {
    return this == RAISE_MAINTENANCE_FUND || this == REBUILD || this == CHANGE_USE_OF_COMMON_PARTS;
  }
}
