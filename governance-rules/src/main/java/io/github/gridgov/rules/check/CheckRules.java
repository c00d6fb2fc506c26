package io.github.gridgov.rules.check;

import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import java.util.List;

/**
 * 派单校验规则 — the rules a hand-made dispatch is checked against, each once.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CheckRules {
  /** 承办人不在名册 — the assignee is in the registry (ours, configurable). */
  public static final RuleRef UNKNOWN_ASSIGNEE =
      RuleRef.of(
          "check.unknown-assignee",
          "承办人不在名册",
          "the assignee is in the registry",
          RuleSource.ours());

  /** 不符合派单条件 — the assignee covers the area at the tier and meets every hard constraint of assignment (ours, configurable). */
  public static final RuleRef INELIGIBLE =
      RuleRef.of(
          "check.ineligible",
          "不符合派单条件",
          "the assignee covers the area at the tier and meets every hard constraint of assignment",
          RuleSource.ours());

  /** 超出承办上限 — the assignee has capacity left (ours, configurable). */
  public static final RuleRef OVER_CAPACITY =
      RuleRef.of(
          "check.over-capacity", "超出承办上限", "the assignee has capacity left", RuleSource.ours());

  /** 回避 — the requester does not handle their own matter (ours, configurable). */
  public static final RuleRef REQUESTER =
      RuleRef.of(
          "check.requester",
          "回避",
          "the requester does not handle their own matter",
          RuleSource.ours());

  /** 派单时限 — every dispatch carries a valid time limit (北京市接诉即办工作条例 Art. 13). */
  public static final RuleRef DEADLINE =
      RuleRef.of(
          "check.deadline",
          "派单时限",
          "every dispatch carries a valid time limit",
          RuleSource.law("北京市接诉即办工作条例 Art. 13"));

  /** 层级不足 — the tier is not below what scope, category or powers require (北京市接诉即办工作条例 Art. 16). */
  public static final RuleRef TIER_TOO_LOW =
      RuleRef.of(
          "check.tier-too-low",
          "层级不足",
          "the tier is not below what scope, category or powers require",
          RuleSource.law("北京市接诉即办工作条例 Art. 16"));

  /** 社区职责清单 — the community is not primary handler of a matter off its duty list (北京市接诉即办工作条例 Art. 17). */
  public static final RuleRef COMMUNITY_DUTY =
      RuleRef.of(
          "check.community-duty",
          "社区职责清单",
          "the community is not primary handler of a matter off its duty list",
          RuleSource.law("北京市接诉即办工作条例 Art. 17"));

  /** 首接负责 — an accepted order changes owner only with an approved objection, or when its owner cannot go on (北京市接诉即办工作条例 Art. 14). */
  public static final RuleRef TRANSFER =
      RuleRef.of(
          "check.transfer",
          "首接负责",
          "an accepted order changes owner only with an approved objection, or when its owner cannot go on",
          RuleSource.law("北京市接诉即办工作条例 Art. 14"));

  /** 非最佳人选 — an eligible assignee other than the rules' first choice (a warning) (ours, configurable). */
  public static final RuleRef NOT_BEST =
      RuleRef.of(
          "check.not-best",
          "非最佳人选",
          "an eligible assignee other than the rules' first choice (a warning)",
          RuleSource.ours());

  private static final List<RuleRef> ALL =
      List.of(
          UNKNOWN_ASSIGNEE,
          INELIGIBLE,
          OVER_CAPACITY,
          REQUESTER,
          DEADLINE,
          TIER_TOO_LOW,
          COMMUNITY_DUTY,
          TRANSFER,
          NOT_BEST);

  private CheckRules() {}

  /** Every rule of the package, in the order above. */
  public static List<RuleRef> all() {
    return ALL;
  }
}
