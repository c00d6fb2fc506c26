package io.github.gridgov.rules.check;

import io.github.gridgov.rules.reason.Reasons;
import org.immutables.value.Value;

/**
 * 违规 — one rule a proposed dispatch breaks: the rule (its code, e.g. {@code check.community-duty},
 * names and source), its severity and the reasons.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Violation {
  Violation() {}

  /** The rule broken. */
  @Value.Parameter
  public abstract io.github.gridgov.rules.reason.RuleRef rule();

  /** Where the rule comes from, e.g. {@code 北京市接诉即办工作条例 Art. 14}, or our configurable default. */
  public io.github.gridgov.rules.reason.RuleSource source() {
    return rule().source();
  }

  /** How serious. */
  @Value.Parameter
  public abstract Severity severity();

  /** Why. */
  @Value.Parameter
  public abstract Reasons reasons();

  static Violation error(
      io.github.gridgov.rules.reason.RuleRef rule,
      io.github.gridgov.rules.reason.Reason... reasons) {
    return ImmutableViolation.of(rule, Severity.ERROR, Reasons.of(reasons));
  }

  static Violation warning(
      io.github.gridgov.rules.reason.RuleRef rule,
      io.github.gridgov.rules.reason.Reason... reasons) {
    return ImmutableViolation.of(rule, Severity.WARNING, Reasons.of(reasons));
  }
}
