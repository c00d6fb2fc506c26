package io.github.gridgov.rules.lists;

import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import java.util.List;

/**
 * 清单规则 — the rules of the three lists, each once.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ListRules {
  /** 服务范围 — a resource answers needs within the area it serves (ours, configurable). */
  public static final RuleRef AREA =
      RuleRef.of(
          "lists.area",
          "服务范围",
          "a resource answers needs within the area it serves",
          RuleSource.ours());

  /** 特长对口 — a resource offers at least one skill the need calls for (ours, configurable). */
  public static final RuleRef SKILLS =
      RuleRef.of(
          "lists.skills",
          "特长对口",
          "a resource offers at least one skill the need calls for",
          RuleSource.ours());

  /** 承接能力 — a resource takes on no more projects at once than its capacity (ours, configurable). */
  public static final RuleRef CAPACITY =
      RuleRef.of(
          "lists.capacity",
          "承接能力",
          "a resource takes on no more projects at once than its capacity",
          RuleSource.ours());

  /** 提供方在册 — a team or responder offering a resource is in the registry (ours, configurable). */
  public static final RuleRef PROVIDER =
      RuleRef.of(
          "lists.provider",
          "提供方在册",
          "a team or responder offering a resource is in the registry",
          RuleSource.ours());

  /** 资源排序 — all skills first, then the nearest area, then the most free capacity, then the identifier (ours, configurable). */
  public static final RuleRef RANKING =
      RuleRef.of(
          "lists.ranking",
          "资源排序",
          "all skills first, then the nearest area, then the most free capacity, then the identifier",
          RuleSource.ours());

  /** 需求汇总 — orders of one category in one grid over a period become one need at the threshold (光明社区 点单服务 (practice); the threshold is ours). */
  public static final RuleRef GATHERING =
      RuleRef.of(
          "lists.gathering",
          "需求汇总",
          "orders of one category in one grid over a period become one need at the threshold",
          RuleSource.practice("光明社区 点单服务; the threshold is ours", "光明社区“点单服务”（阈值为本库默认值）"));

  private static final List<RuleRef> ALL =
      List.of(AREA, SKILLS, CAPACITY, PROVIDER, RANKING, GATHERING);

  private ListRules() {}

  /** Every rule of the package, in the order above. */
  public static List<RuleRef> all() {
    return ALL;
  }
}
