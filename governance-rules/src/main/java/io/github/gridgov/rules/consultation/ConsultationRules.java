package io.github.gridgov.rules.consultation;

import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import java.util.List;

/**
 * 协商规则 — the rules of a community consultation, each once.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ConsultationRules {
  private static final String OPINION_2015 = "中办发〔2015〕41号 关于加强城乡社区协商的意见";

  /** 提前通报 — participants are told the content and information ahead of the deliberation (中办发〔2015〕41号; the 3 days are ours, configurable). */
  public static final RuleRef NOTICE =
      RuleRef.of(
          "consultation.notice",
          "提前通报",
          "participants are told the content and information ahead of the deliberation",
          RuleSource.official(OPINION_2015 + " (the 3 days are ours)"));

  /** 意见记录 — every participant's opinion is recorded in the deliberation (中办发〔2015〕41号). */
  public static final RuleRef OPINIONS =
      RuleRef.of(
          "consultation.opinions",
          "意见记录",
          "every participant's opinion is recorded in the deliberation",
          RuleSource.official(OPINION_2015));

  /** 决定方式 — common property by the owners' vote, matters of all residents by the residents' meeting (民法典 Art. 278; 城市居民委员会组织法 Art. 10). */
  public static final RuleRef DECISION_RULE =
      RuleRef.of(
          "consultation.decision-rule",
          "决定方式",
          "common property by the owners' vote, matters of all residents by the residents' meeting",
          RuleSource.law("民法典 Art. 278; 城市居民委员会组织法 Art. 10"));

  /** 协商多数 — other matters are adopted by more than half of the participants (ours, configurable). */
  public static final RuleRef MAJORITY =
      RuleRef.of(
          "consultation.majority",
          "协商多数",
          "other matters are adopted by more than half of the participants",
          RuleSource.ours());

  /** 结果公示 — an adopted decision is made public for at least 7 days before it is carried out (ours, configurable). */
  public static final RuleRef PUBLICITY =
      RuleRef.of(
          "consultation.publicity",
          "结果公示",
          "an adopted decision is made public for at least 7 days before it is carried out",
          RuleSource.ours());

  /** 反馈落实 — participants, stakeholders and residents are told how it was carried out (中办发〔2015〕41号). */
  public static final RuleRef FEEDBACK =
      RuleRef.of(
          "consultation.feedback",
          "反馈落实",
          "participants, stakeholders and residents are told how it was carried out",
          RuleSource.official(OPINION_2015));

  private static final List<RuleRef> ALL =
      List.of(NOTICE, OPINIONS, DECISION_RULE, MAJORITY, PUBLICITY, FEEDBACK);

  private ConsultationRules() {}

  /** Every rule of the package, in the order above. */
  public static List<RuleRef> all() {
    return ALL;
  }
}
