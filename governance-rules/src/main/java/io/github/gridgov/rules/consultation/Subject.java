package io.github.gridgov.rules.consultation;

import io.github.gridgov.core.Labelled;

/**
 * 协商事项 — what a consultation is about, which decides the rule its decision needs.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Subject implements Labelled {
  /** 共有部分 — the common parts or common management of a compound: the owners decide (民法典 Art. 278). */
  COMMON_PROPERTY(DecisionRule.OWNERS_VOTE),
  /** 涉及全体居民利益的重要问题 — the residents' meeting decides (城市居民委员会组织法 Art. 10). */
  ALL_RESIDENTS_INTEREST(DecisionRule.RESIDENTS_MEETING),
  /** 社区公共事务和公益事业 — the consultation decides by its own majority. */
  PUBLIC_AFFAIRS(DecisionRule.CONSULTATION_MAJORITY);

  private final DecisionRule rule;

  Subject(DecisionRule rule) {
    this.rule = rule;
  }

  /** The rule its decision needs. */
  public DecisionRule rule() {
    return rule;
  }
}
