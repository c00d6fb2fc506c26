package io.github.gridgov.rules.triage;

import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import java.util.List;

/**
 * 分流规则 — the rules of triage, each once: the pre-routing filters of 北京市接诉即办工作条例
 * Art. 11 and the rules that set the starting tier.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TriageRules {
  /** 紧急事项转出 — emergencies go to their line at once (北京市接诉即办工作条例 Art. 11). */
  public static final RuleRef EMERGENCY =
      RuleRef.of(
          "triage.emergency",
          "紧急事项转出",
          "emergencies go to their line at once",
          RuleSource.law("北京市接诉即办工作条例 Art. 11"));

  /** 依法定途径解决 — matters for litigation, arbitration, review or 信访 go to their channel (北京市接诉即办工作条例 Art. 11). */
  public static final RuleRef LEGAL_CHANNEL =
      RuleRef.of(
          "triage.legal-channel",
          "依法定途径解决",
          "matters for litigation, arbitration, review or 信访 go to their channel",
          RuleSource.law("北京市接诉即办工作条例 Art. 11"));

  /** 重复诉求合并 — a duplicate with no new facts joins the open order (北京市接诉即办工作条例 Art. 11). */
  public static final RuleRef DUPLICATE =
      RuleRef.of(
          "triage.duplicate",
          "重复诉求合并",
          "a duplicate with no new facts joins the open order",
          RuleSource.law("北京市接诉即办工作条例 Art. 11"));

  /** 非本辖区转出 — a matter outside the registry goes to the platform where it lies (ours, configurable). */
  public static final RuleRef OUT_OF_JURISDICTION =
      RuleRef.of(
          "triage.out-of-jurisdiction",
          "非本辖区转出",
          "a matter outside the registry goes to the platform where it lies",
          RuleSource.ours());

  /** 小事不出楼栋，大事不出社区 — the lowest tier that the scope, category and location allow (信访工作条例 Art. 15 (枫桥经验; the 楼栋 wording is practice)). */
  public static final RuleRef STARTING_TIER =
      RuleRef.of(
          "triage.starting-tier",
          "小事不出楼栋，大事不出社区",
          "the lowest tier that the scope, category and location allow",
          RuleSource.law("信访工作条例 Art. 15 (枫桥经验; the 楼栋 wording is practice)"));

  /** 街乡吹哨、部门报到 — law enforcement or several departments need the street; a statutory power the district (北京市接诉即办工作条例 Art. 16). */
  public static final RuleRef POWERS =
      RuleRef.of(
          "triage.powers",
          "街乡吹哨、部门报到",
          "law enforcement or several departments need the street; a statutory power the district",
          RuleSource.law("北京市接诉即办工作条例 Art. 16"));

  /** 可能激化的纠纷 — possible violence or crime: the police are told at once (人民调解法 Art. 25). */
  public static final RuleRef VIOLENCE_RISK =
      RuleRef.of(
          "triage.violence-risk",
          "可能激化的纠纷",
          "possible violence or crime: the police are told at once",
          RuleSource.law("人民调解法 Art. 25"));

  /** 无人在岗逐级上移 — no active building leader, or nobody on duty at a tier: one tier up (ours, configurable). */
  public static final RuleRef CAPACITY =
      RuleRef.of(
          "triage.capacity",
          "无人在岗逐级上移",
          "no active building leader, or nobody on duty at a tier: one tier up",
          RuleSource.ours());

  /** 无物业小区借用有物业小区资源 — a leaderless building of an unmanaged compound borrows its partner's building-tier responders (世联社区 (practice)). */
  public static final RuleRef BORROWING =
      RuleRef.of(
          "triage.borrowing",
          "无物业小区借用有物业小区资源",
          "a leaderless building of an unmanaged compound borrows its partner's building-tier responders",
          RuleSource.practice("世联社区"));

  /** 社区职责清单 — a matter off the duty list never makes the community its primary handler (北京市接诉即办工作条例 Art. 17). */
  public static final RuleRef COMMUNITY_DUTY =
      RuleRef.of(
          "triage.community-duty",
          "社区职责清单",
          "a matter off the duty list never makes the community its primary handler",
          RuleSource.law("北京市接诉即办工作条例 Art. 17"));

  /** 条块对口、属地兜底 — the category's department, else the district coordinator (北京市接诉即办工作条例 Art. 12). */
  public static final RuleRef RESPONSIBLE_DEPARTMENT =
      RuleRef.of(
          "triage.responsible-department",
          "条块对口、属地兜底",
          "the category's department, else the district coordinator",
          RuleSource.law("北京市接诉即办工作条例 Art. 12"));

  /** 关爱对象优先 — care needs, reported or registered, raise the priority (ours, configurable). */
  public static final RuleRef CARE_PRIORITY =
      RuleRef.of(
          "triage.care-priority",
          "关爱对象优先",
          "care needs, reported or registered, raise the priority",
          RuleSource.ours());

  private static final List<RuleRef> ALL =
      List.of(
          EMERGENCY,
          LEGAL_CHANNEL,
          DUPLICATE,
          OUT_OF_JURISDICTION,
          STARTING_TIER,
          POWERS,
          VIOLENCE_RISK,
          CAPACITY,
          BORROWING,
          COMMUNITY_DUTY,
          RESPONSIBLE_DEPARTMENT,
          CARE_PRIORITY);

  private TriageRules() {}

  /** Every rule of the package, in the order above. */
  public static List<RuleRef> all() {
    return ALL;
  }
}
