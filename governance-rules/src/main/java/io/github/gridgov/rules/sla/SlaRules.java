package io.github.gridgov.rules.sla;

import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import java.util.List;

/**
 * 时限规则 — the rules of the SLA clock, each once.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SlaRules {
  /** 办结时限 — resolve within the profile's limit, counted while the order is handled (《12345热线服务与管理规范》(征求意见稿); 广东12345; 信访工作条例 Art. 34 (official)). */
  public static final RuleRef RESOLUTION =
      RuleRef.of(
          "sla.resolution",
          "办结时限",
          "resolve within the profile's limit, counted while the order is handled",
          RuleSource.official("《12345热线服务与管理规范》(征求意见稿); 广东12345; 信访工作条例 Art. 34"));

  /** 签收时限 — accept within the acceptance limit after each dispatch (ours, configurable). */
  public static final RuleRef ACCEPTANCE =
      RuleRef.of(
          "sla.acceptance",
          "签收时限",
          "accept within the acceptance limit after each dispatch",
          RuleSource.ours());

  /** 派单必有时限 — every dispatch carries its deadlines (北京市接诉即办工作条例 Art. 12-13). */
  public static final RuleRef EVERY_DISPATCH_TIMED =
      RuleRef.of(
          "sla.every-dispatch-timed",
          "派单必有时限",
          "every dispatch carries its deadlines",
          RuleSource.law("北京市接诉即办工作条例 Art. 12-13"));

  /** 层级时限 — a share of the limit at each tier, so that escalation happens inside it (ours, configurable). */
  public static final RuleRef TIER_BUDGET =
      RuleRef.of(
          "sla.tier-budget",
          "层级时限",
          "a share of the limit at each tier, so that escalation happens inside it",
          RuleSource.ours());

  /** 关爱对象缩短时限 — care needs shorten the resolution limit (ours, configurable). */
  public static final RuleRef CARE_NEEDS =
      RuleRef.of(
          "sla.care-needs",
          "关爱对象缩短时限",
          "care needs shorten the resolution limit",
          RuleSource.ours());

  /** 挂起、挂账停表 — the clock stands still while suspended or parked; time used is kept on a change of limit (ServiceNow SLA conditions; 城管案件挂账 (practice)). */
  public static final RuleRef PAUSE =
      RuleRef.of(
          "sla.pause",
          "挂起、挂账停表",
          "the clock stands still while suspended or parked; time used is kept on a change of limit",
          RuleSource.practice("ServiceNow SLA conditions; 城管案件挂账", "ServiceNow 的时限暂停条件；城管案件挂账"));

  /** 延期 — one extension of the limit, with a reason (信访工作条例 Art. 34; 北京市接诉即办工作条例 Art. 15). */
  public static final RuleRef EXTENSION =
      RuleRef.of(
          "sla.extension",
          "延期",
          "one extension of the limit, with a reason",
          RuleSource.law("信访工作条例 Art. 34; 北京市接诉即办工作条例 Art. 15"));

  /** 回访时限 — a resolved order waits for its rating this long, then closes unrated (北京市接诉即办工作条例 Art. 23 (callback; the limit is ours)). */
  public static final RuleRef CALLBACK =
      RuleRef.of(
          "sla.callback",
          "回访时限",
          "a resolved order waits for its rating this long, then closes unrated",
          RuleSource.law("北京市接诉即办工作条例 Art. 23 (callback; the limit is ours)"));

  /** 挂账复查 — a parked order is looked at again on its review date (城管案件挂账 (tier C) (practice)). */
  public static final RuleRef REVIEW =
      RuleRef.of(
          "sla.review",
          "挂账复查",
          "a parked order is looked at again on its review date",
          RuleSource.practice("城管案件挂账 (tier C)"));

  /** 按期结案 — closed within the limit in force (按期结案率 = 按期结案数 / 应结案数 (published figures) (official)). */
  public static final RuleRef ON_TIME =
      RuleRef.of(
          "sla.on-time",
          "按期结案",
          "closed within the limit in force",
          RuleSource.official("按期结案率 = 按期结案数 / 应结案数 (published figures)"));

  private static final List<RuleRef> ALL =
      List.of(
          RESOLUTION,
          ACCEPTANCE,
          EVERY_DISPATCH_TIMED,
          TIER_BUDGET,
          CARE_NEEDS,
          PAUSE,
          EXTENSION,
          CALLBACK,
          REVIEW,
          ON_TIME);

  private SlaRules() {}

  /** Every rule of the package, in the order above. */
  public static List<RuleRef> all() {
    return ALL;
  }
}
