package io.github.gridgov.rules.compliance;

import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import java.util.List;

/**
 * 合规规则 — the rules a registry is checked against, each once.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ComplianceRules {
  /** 人民调解委员会 — 3-9 members, at least one woman (人民调解法 Art. 8). */
  public static final RuleRef MEDIATION_COMMITTEE =
      RuleRef.of(
          "compliance.mediation-committee",
          "人民调解委员会",
          "3-9 members, at least one woman",
          RuleSource.law("人民调解法 Art. 8"));

  /** 居民委员会 — 5-9 members (城市居民委员会组织法 Art. 7). */
  public static final RuleRef RESIDENTS_COMMITTEE =
      RuleRef.of(
          "compliance.residents-committee",
          "居民委员会",
          "5-9 members",
          RuleSource.law("城市居民委员会组织法 Art. 7"));

  /** 社区规模 — 100-700 households (城市居民委员会组织法 Art. 6). */
  public static final RuleRef COMMUNITY_SIZE =
      RuleRef.of(
          "compliance.community-size",
          "社区规模",
          "100-700 households",
          RuleSource.law("城市居民委员会组织法 Art. 6"));

  /** 网格规模 — 300-500 households (ours, configurable). */
  public static final RuleRef GRID_SIZE =
      RuleRef.of("compliance.grid-size", "网格规模", "300-500 households", RuleSource.ours());

  /** 网格公示 — name, area, worker and phone, supervision phone posted (滨州市社会治理网格化服务管理条例 Art. 6). */
  public static final RuleRef GRID_NOTICE =
      RuleRef.of(
          "compliance.grid-notice",
          "网格公示",
          "name, area, worker and phone, supervision phone posted",
          RuleSource.law("滨州市社会治理网格化服务管理条例 Art. 6"));

  /** 网格员配备 — every grid has a grid worker (ours, configurable). */
  public static final RuleRef GRID_WORKER =
      RuleRef.of(
          "compliance.grid-worker", "网格员配备", "every grid has a grid worker", RuleSource.ours());

  /** 楼栋长配备 — every building has an active leader (ours, configurable). */
  public static final RuleRef BUILDING_LEADER =
      RuleRef.of(
          "compliance.building-leader",
          "楼栋长配备",
          "every building has an active leader",
          RuleSource.ours());

  /** 无物业小区结对 — an unmanaged compound has a managed partner (世联社区 (practice)). */
  public static final RuleRef UNMANAGED_PARTNER =
      RuleRef.of(
          "compliance.unmanaged-partner",
          "无物业小区结对",
          "an unmanaged compound has a managed partner",
          RuleSource.practice("世联社区"));

  private static final List<RuleRef> ALL =
      List.of(
          MEDIATION_COMMITTEE,
          RESIDENTS_COMMITTEE,
          COMMUNITY_SIZE,
          GRID_SIZE,
          GRID_NOTICE,
          GRID_WORKER,
          BUILDING_LEADER,
          UNMANAGED_PARTNER);

  private ComplianceRules() {}

  /** Every rule of the package, in the order above. */
  public static List<RuleRef> all() {
    return ALL;
  }
}
