package io.github.gridgov.rules.assignment;

import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import java.util.List;

/**
 * 派单规则 — the rules of assignment, each once: its hard constraints, the ranking and the
 * dispatch modes.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AssignmentRules {
  /** 属地派单 — candidates cover the order's area at the tier (ours, configurable). */
  public static final RuleRef COVERAGE =
      RuleRef.of(
          "assignment.coverage",
          "属地派单",
          "candidates cover the order's area at the tier",
          RuleSource.ours());

  /** 借用结对小区力量 — a building of an unmanaged compound may be served by its partner compound's responders (世联社区 (practice)). */
  public static final RuleRef BORROWING =
      RuleRef.of(
          "assignment.borrowing",
          "借用结对小区力量",
          "a building of an unmanaged compound may be served by its partner compound's responders",
          RuleSource.practice("世联社区"));

  /** 在岗 — only responders on duty (ours, configurable). */
  public static final RuleRef ON_DUTY =
      RuleRef.of("assignment.on-duty", "在岗", "only responders on duty", RuleSource.ours());

  /** 承办上限 — open orders below capacity (ours, configurable). */
  public static final RuleRef CAPACITY =
      RuleRef.of("assignment.capacity", "承办上限", "open orders below capacity", RuleSource.ours());

  /** 服务特长 — every skill the category requires (ours, configurable). */
  public static final RuleRef SKILLS =
      RuleRef.of(
          "assignment.skills", "服务特长", "every skill the category requires", RuleSource.ours());

  /** 回避 — the requester never handles their own matter (ours, configurable). */
  public static final RuleRef NOT_REQUESTER =
      RuleRef.of(
          "assignment.not-requester",
          "回避",
          "the requester never handles their own matter",
          RuleSource.ours());

  /** 志愿者意外保险 — dangerous tasks only to insured volunteers (北京市志愿服务促进条例 Art. 19). */
  public static final RuleRef INSURED =
      RuleRef.of(
          "assignment.insured",
          "志愿者意外保险",
          "dangerous tasks only to insured volunteers",
          RuleSource.law("北京市志愿服务促进条例 Art. 19"));

  /** 职能部门对口 — at the district, the responsible department or the coordinator (北京市接诉即办工作条例 Art. 12). */
  public static final RuleRef RESPONSIBLE_DEPARTMENT =
      RuleRef.of(
          "assignment.responsible-department",
          "职能部门对口",
          "at the district, the responsible department or the coordinator",
          RuleSource.law("北京市接诉即办工作条例 Art. 12"));

  /** 就近、均衡、好评优先 — closeness, squared load, preferred skills and ratings, ties by id (ours, configurable). */
  public static final RuleRef RANKING =
      RuleRef.of(
          "assignment.ranking",
          "就近、均衡、好评优先",
          "closeness, squared load, preferred skills and ratings, ties by id",
          RuleSource.ours());

  /** 派单、抢单、轮派 — assign the best, offer to all, or take turns, by category (MicroCommunity dispatch modes (practice)). */
  public static final RuleRef MODE =
      RuleRef.of(
          "assignment.mode",
          "派单、抢单、轮派",
          "assign the best, offer to all, or take turns, by category",
          RuleSource.practice("MicroCommunity dispatch modes", "MicroCommunity 物业系统的派单方式"));

  /** 无人可派上移 — nobody eligible at the tier: propose the next (ours, configurable). */
  public static final RuleRef NEXT_TIER =
      RuleRef.of(
          "assignment.next-tier",
          "无人可派上移",
          "nobody eligible at the tier: propose the next",
          RuleSource.ours());

  private static final List<RuleRef> ALL =
      List.of(
          COVERAGE,
          BORROWING,
          ON_DUTY,
          CAPACITY,
          SKILLS,
          NOT_REQUESTER,
          INSURED,
          RESPONSIBLE_DEPARTMENT,
          RANKING,
          MODE,
          NEXT_TIER);

  private AssignmentRules() {}

  /** Every rule of the package, in the order above. */
  public static List<RuleRef> all() {
    return ALL;
  }
}
