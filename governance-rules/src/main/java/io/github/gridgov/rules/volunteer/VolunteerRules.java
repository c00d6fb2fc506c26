package io.github.gridgov.rules.volunteer;

import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import java.util.List;

/**
 * 志愿服务记录规则 — the rules of service records, each once.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VolunteerRules {
  /** 服务记录 — each completed service is recorded for who served, with its time and evaluation (志愿服务条例 Art. 19). */
  public static final RuleRef RECORD =
      RuleRef.of(
          "volunteer.record",
          "服务记录",
          "each completed service is recorded for who served, with its time and evaluation",
          RuleSource.law("志愿服务条例 Art. 19"));

  /** 服务时长 — a closed, rated order earns the hours its menu item publishes; a project, the hours recorded on completion (北京市志愿服务促进条例 Art. 37; the menu hours are the community's). */
  public static final RuleRef HOURS =
      RuleRef.of(
          "volunteer.hours",
          "服务时长",
          "a closed, rated order earns the hours its menu item publishes; a project, the hours recorded on completion",
          RuleSource.law("北京市志愿服务促进条例 Art. 37"));

  /** 服务积分 — the menu item's points weighted by the rating: 120 %, 100 %, 80 %, 0 %, 0 % from 非常满意 down (ours, configurable). */
  public static final RuleRef POINTS =
      RuleRef.of(
          "volunteer.points",
          "服务积分",
          "the menu item's points weighted by the rating: 120 %, 100 %, 80 %, 0 %, 0 % from 非常满意 down",
          RuleSource.ours());

  /** 志愿者身份 — hours go to teams and to responders serving as volunteers, not to paid staff (ours, configurable). */
  public static final RuleRef VOLUNTEERS =
      RuleRef.of(
          "volunteer.volunteers",
          "志愿者身份",
          "hours go to teams and to responders serving as volunteers, not to paid staff",
          RuleSource.ours());

  private static final List<RuleRef> ALL = List.of(RECORD, HOURS, POINTS, VOLUNTEERS);

  private VolunteerRules() {}

  /** Every rule of the package, in the order above. */
  public static List<RuleRef> all() {
    return ALL;
  }
}
