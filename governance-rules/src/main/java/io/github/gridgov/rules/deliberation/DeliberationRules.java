package io.github.gridgov.rules.deliberation;

import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import java.util.List;

/**
 * 议事规则 — the rules of owners' votes and residents' meetings, each once.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DeliberationRules {
  /** 有效表决票 — one ballot per unit, by its owner; duplicates and conflicts rejected (建筑物区分所有权解释 Art. 8-9). */
  public static final RuleRef BALLOTS =
      RuleRef.of(
          "deliberation.ballots",
          "有效表决票",
          "one ballot per unit, by its owner; duplicates and conflicts rejected",
          RuleSource.law("建筑物区分所有权解释 Art. 8-9"));

  /** 业主参与表决 — owners of at least 2/3 of the area and 2/3 of the owners take part (民法典 Art. 278). */
  public static final RuleRef OWNERS_PARTICIPATION =
      RuleRef.of(
          "deliberation.owners-participation",
          "业主参与表决",
          "owners of at least 2/3 of the area and 2/3 of the owners take part",
          RuleSource.law("民法典 Art. 278"));

  /** 业主共同决定 — 3/4 of participants for matters (6)-(8), more than half otherwise (民法典 Art. 278, Art. 1259). */
  public static final RuleRef OWNERS_MAJORITY =
      RuleRef.of(
          "deliberation.owners-majority",
          "业主共同决定",
          "3/4 of participants for matters (6)-(8), more than half otherwise",
          RuleSource.law("民法典 Art. 278, Art. 1259"));

  /** 居民会议法定人数 — more than half of adults, household or group representatives (城市居民委员会组织法 Art. 9). */
  public static final RuleRef MEETING_QUORUM =
      RuleRef.of(
          "deliberation.meeting-quorum",
          "居民会议法定人数",
          "more than half of adults, household or group representatives",
          RuleSource.law("城市居民委员会组织法 Art. 9"));

  /** 居民会议决定 — more than half of those present (城市居民委员会组织法 Art. 9). */
  public static final RuleRef MEETING_DECISION =
      RuleRef.of(
          "deliberation.meeting-decision",
          "居民会议决定",
          "more than half of those present",
          RuleSource.law("城市居民委员会组织法 Art. 9"));

  /** 召集居民会议 — convened when 1/5 of adults, 1/5 of households or 1/3 of resident groups ask (城市居民委员会组织法 Art. 10). */
  public static final RuleRef MEETING_CONVENING =
      RuleRef.of(
          "deliberation.meeting-convening",
          "召集居民会议",
          "convened when 1/5 of adults, 1/5 of households or 1/3 of resident groups ask",
          RuleSource.law("城市居民委员会组织法 Art. 10"));

  private static final List<RuleRef> ALL =
      List.of(
          BALLOTS,
          OWNERS_PARTICIPATION,
          OWNERS_MAJORITY,
          MEETING_QUORUM,
          MEETING_DECISION,
          MEETING_CONVENING);

  private DeliberationRules() {}

  /** Every rule of the package, in the order above. */
  public static List<RuleRef> all() {
    return ALL;
  }
}
