package io.github.gridgov.rules.check;

import io.github.gridgov.rules.Reasons;
import org.immutables.value.Value;

/**
 * 违规 — one rule a proposed dispatch breaks: the rule's stable id (e.g. {@code
 * check.community-duty}), its severity and the reasons.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {
  Violation() {}

  /** The rule's stable id. */
  @Value.Parameter
  public abstract String rule();

  /** How serious. */
  @Value.Parameter
  public abstract Severity severity();

  /** Why. */
  @Value.Parameter
  public abstract Reasons reasons();

  static Violation error(String rule, io.github.gridgov.rules.Reason... reasons) {
    return ImmutableViolation.of(rule, Severity.ERROR, Reasons.of(reasons));
  }

  static Violation warning(String rule, io.github.gridgov.rules.Reason... reasons) {
    return ImmutableViolation.of(rule, Severity.WARNING, Reasons.of(reasons));
  }
}
