package io.github.gridgov.rules.reason;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Code;
import java.util.Locale;

/**
 * 规则 — the one identity of a rule: a stable code (e.g. {@code escalation.first-owner}), its
 * Chinese and English names and its {@link RuleSource}. Reasons ({@link Reason#rule()}),
 * violations of a hand-made dispatch, compliance findings and escalations refer to it, so that a
 * platform can show which rule decided and on what authority.
 *
 * <p>Each rules package defines its rules once, as constants of one class: {@link
 * io.github.gridgov.rules.triage.TriageRules}, {@link
 * io.github.gridgov.rules.assignment.AssignmentRules}, {@link io.github.gridgov.rules.sla.SlaRules},
 * {@link io.github.gridgov.rules.escalation.EscalationRules}, {@link
 * io.github.gridgov.rules.check.CheckRules}, {@link io.github.gridgov.rules.compliance.ComplianceRules}
 * and {@link io.github.gridgov.rules.deliberation.DeliberationRules}. The package description of
 * {@code io.github.gridgov.rules} is the index from the Chinese term to the rule.
 *
 * <p>Two rules are equal when their codes are.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RuleRef {
  private final String code;
  private final String zh;
  private final String en;
  private final RuleSource source;

  private RuleRef(String code, String zh, String en, RuleSource source) {
    this.code = code;
    this.zh = zh;
    this.en = en;
    this.source = source;
  }

  /**
   * A rule with {@code code} (a prefix, a dot, and 1–40 characters of {@code [a-z0-9-]}), its
   * names and its source.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the code or a name is malformed
   */
  public static RuleRef of(String code, String zh, String en, RuleSource source) {
    requireNonNull(code, "code");
    requireNonNull(zh, "zh");
    requireNonNull(en, "en");
    requireNonNull(source, "source");
    int dot = code.indexOf('.');
    if (dot < 1
        || !Code.isValid(code.substring(0, dot))
        || !Code.isValid(code.substring(dot + 1))) {
      throw io.github.gridgov.core.internal.Checks.invalid(
          "RuleRef",
          "code",
          io.github.gridgov.core.internal.Checks.abbreviate(code),
          "must be <package>.<name> of [a-z0-9-]");
    }
    io.github.gridgov.core.internal.Checks.checkName(zh, 60, "RuleRef " + code, "zh");
    io.github.gridgov.core.internal.Checks.checkName(en, 120, "RuleRef " + code, "en");
    return new RuleRef(code, zh, en, source);
  }

  /** The stable code, e.g. {@code escalation.first-owner}; part of the API. */
  public String code() {
    return code;
  }

  /** The Chinese name, e.g. {@code 首接负责}. */
  public String zh() {
    return zh;
  }

  /** The English name. */
  public String en() {
    return en;
  }

  /** The name in {@code locale}'s language: Chinese for any {@code zh} locale, English otherwise. */
  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }

  /**
   * The name in {@code texts}: the platform's own ({@code RuleRef.<code>}, e.g. {@code
   * RuleRef.escalation.first-owner}) if it gave one, else ours in the language of {@code texts}.
   */
  public String name(io.github.gridgov.core.Texts texts) {
    return texts.own("RuleRef." + code).orElse(texts.isChinese() ? zh : en);
  }

  /** Where the rule comes from. */
  public RuleSource source() {
    return source;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleRef ruleRef && ruleRef.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
