package io.github.gridgov.rules.escalation;

import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import java.util.List;

/**
 * 升级规则 — the rules of the ladder 楼栋 → 网格 → 社区 → 街道 (吹哨) → 区职能部门, each once, and
 * the rule behind each {@link io.github.gridgov.core.order.EscalationTrigger}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EscalationRules {
  /** 新情况升级 — a flag that needs a higher tier moves the order there (ours, configurable). */
  public static final RuleRef FLAG =
      RuleRef.of(
          "escalation.flag",
          "新情况升级",
          "a flag that needs a higher tier moves the order there",
          RuleSource.ours());

  /** 退回升级 — an order returned as beyond the owner's ability moves up (滨州市社会治理网格化服务管理条例 Art. 11). */
  public static final RuleRef RETURNED =
      RuleRef.of(
          "escalation.returned",
          "退回升级",
          "an order returned as beyond the owner's ability moves up",
          RuleSource.law("滨州市社会治理网格化服务管理条例 Art. 11"));

  /** 不满意升级 — unsatisfied ratings at a tier (two by default) move the order up (ours, configurable). */
  public static final RuleRef UNSATISFIED =
      RuleRef.of(
          "escalation.unsatisfied",
          "不满意升级",
          "unsatisfied ratings at a tier (two by default) move the order up",
          RuleSource.ours());

  /** 督办 — a supervision by a higher tier not answered by its deadline moves the order up (北京市街道办事处条例 Art. 11). */
  public static final RuleRef SUPERVISION =
      RuleRef.of(
          "escalation.supervision",
          "督办",
          "a supervision by a higher tier not answered by its deadline moves the order up",
          RuleSource.law("北京市街道办事处条例 Art. 11"));

  /** 超时未签收改派 — not accepted in time: another owner at the tier first, then up (ours, configurable). */
  public static final RuleRef NOT_ACCEPTED =
      RuleRef.of(
          "escalation.not-accepted",
          "超时未签收改派",
          "not accepted in time: another owner at the tier first, then up",
          RuleSource.ours());

  /** 超期升级 — the deadline in force passed: one tier up (ours, configurable). */
  public static final RuleRef DEADLINE =
      RuleRef.of(
          "escalation.deadline",
          "超期升级",
          "the deadline in force passed: one tier up",
          RuleSource.ours());

  /** 层级时限已到 — the tier's budget passed: one tier up (ours, configurable). */
  public static final RuleRef TIER_BUDGET =
      RuleRef.of(
          "escalation.tier-budget",
          "层级时限已到",
          "the tier's budget passed: one tier up",
          RuleSource.ours());

  /** 首接负责 — an owner gone off duty is replaced in the tier: reassigned before acceptance, by approved transfer after it (北京市接诉即办工作条例 Art. 14). */
  public static final RuleRef FIRST_OWNER =
      RuleRef.of(
          "escalation.first-owner",
          "首接负责",
          "an owner gone off duty is replaced in the tier: reassigned before acceptance, by approved transfer after it",
          RuleSource.law("北京市接诉即办工作条例 Art. 14"));

  /** 逐级上报 — one tier up, skipping the community for matters off its duty list, on up while nobody is eligible (北京市接诉即办工作条例 Art. 16, 20; 北京市街道办事处条例 Art. 17). */
  public static final RuleRef LADDER =
      RuleRef.of(
          "escalation.ladder",
          "逐级上报",
          "one tier up, skipping the community for matters off its duty list, on up while nobody is eligible",
          RuleSource.law("北京市接诉即办工作条例 Art. 16, 20; 北京市街道办事处条例 Art. 17"));

  /** 街乡吹哨、部门报到 — at the street, summon the departments; each reports in (北京市接诉即办工作条例 Art. 16, 33). */
  public static final RuleRef WHISTLE =
      RuleRef.of(
          "escalation.whistle",
          "街乡吹哨、部门报到",
          "at the street, summon the departments; each reports in",
          RuleSource.law("北京市接诉即办工作条例 Art. 16, 33"));

  /** 区政府统筹 — nobody higher can take it: the district government coordinates (北京市街道办事处条例 Art. 17). */
  public static final RuleRef COORDINATION =
      RuleRef.of(
          "escalation.coordination",
          "区政府统筹",
          "nobody higher can take it: the district government coordinates",
          RuleSource.law("北京市街道办事处条例 Art. 17"));

  /** 挂账复查 — a parked order is resumed on its review date (城管案件挂账 (tier C) (practice)). */
  public static final RuleRef REVIEW =
      RuleRef.of(
          "escalation.review",
          "挂账复查",
          "a parked order is resumed on its review date",
          RuleSource.practice("城管案件挂账 (tier C)"));

  /** 回访超时结案 — a resolved order unrated past the callback limit is closed (ours, configurable). */
  public static final RuleRef CALLBACK =
      RuleRef.of(
          "escalation.callback",
          "回访超时结案",
          "a resolved order unrated past the callback limit is closed",
          RuleSource.ours());

  private static final List<RuleRef> ALL =
      List.of(
          FLAG,
          RETURNED,
          UNSATISFIED,
          SUPERVISION,
          NOT_ACCEPTED,
          DEADLINE,
          TIER_BUDGET,
          FIRST_OWNER,
          LADDER,
          WHISTLE,
          COORDINATION,
          REVIEW,
          CALLBACK);

  private EscalationRules() {}

  /** The rule behind {@code trigger}: the one that moves an order for that reason. */
  public static RuleRef of(io.github.gridgov.core.order.EscalationTrigger trigger) {
    return switch (java.util.Objects.requireNonNull(trigger, "trigger")) {
      case FLAG_NEEDS_HIGHER_TIER -> FLAG;
      case RETURNED_BY_OWNER -> RETURNED;
      case UNSATISFIED_RATINGS -> UNSATISFIED;
      case SUPERVISION_UNANSWERED -> SUPERVISION;
      case NOT_ACCEPTED_IN_TIME -> NOT_ACCEPTED;
      case DEADLINE_PASSED -> DEADLINE;
      case TIER_BUDGET_PASSED -> TIER_BUDGET;
      case OWNER_UNAVAILABLE -> FIRST_OWNER;
      case REVIEW_DUE -> REVIEW;
      default -> CALLBACK;
    };
  }

  /** Every rule of the package, in the order above. */
  public static List<RuleRef> all() {
    return ALL;
  }
}
