package io.github.gridgov.rules.inspection;

import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import java.util.List;

/**
 * 巡查规则 — the rules of inspection plans, each once.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class InspectionRules {
  /** 巡查分片 — each round shares the area's buildings or households among the plan's responders, in turn (ours, configurable). */
  public static final RuleRef ROUNDS =
      RuleRef.of(
          "inspection.rounds",
          "巡查分片",
          "each round shares the area's buildings or households among the plan's responders, in turn",
          RuleSource.ours());

  /** 发现即立单 — what a round finds becomes an order of patrol or proactive origin (友谊河社区 定期排查, 世联社区 大走访). */
  public static final RuleRef FINDINGS =
      RuleRef.of(
          "inspection.findings",
          "发现即立单",
          "what a round finds becomes an order of patrol or proactive origin",
          RuleSource.practice("友谊河社区 定期排查, 世联社区 大走访"));

  /** 巡查覆盖率 — buildings or households visited at least once in the period, over those in the area (ours). */
  public static final RuleRef COVERAGE =
      RuleRef.of(
          "inspection.coverage",
          "巡查覆盖率",
          "buildings or households visited at least once in the period, over those in the area",
          RuleSource.ours());

  private static final List<RuleRef> ALL = List.of(ROUNDS, FINDINGS, COVERAGE);

  private InspectionRules() {}

  /** Every rule of the package, in the order above. */
  public static List<RuleRef> all() {
    return ALL;
  }
}
