package io.github.gridgov.rules.check;

import java.util.List;
import org.immutables.value.Value;

/**
 * 校验结果 — every rule a proposed dispatch breaks; none means the dispatch is valid.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RuleCheck {
  RuleCheck() {}

  /** The violations, errors first, in the order of the checks. */
  public abstract List<Violation> violations();

  /** Whether no rule is broken at {@link Severity#ERROR}. */
  public boolean isValid() {
    return violations().stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /** Whether {@code rule} is among the violations. */
  public boolean violates(io.github.gridgov.rules.reason.RuleRef rule) {
    return violations().stream().anyMatch(v -> v.rule().equals(rule));
  }
}
