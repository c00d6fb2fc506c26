package io.github.gridgov.rules.compliance;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.rules.reason.Reasons;
import org.immutables.value.Value;

/**
 * 检查发现 — one rule a registry breaks: the rule (with its source, or "gridgov default" for our own
 * configurable rules), severity, the area or body concerned and the reasons.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Finding {
  /** How serious a finding is. */
  public enum Severity implements Labelled {
    /** The registry breaks a legal rule. */
    ERROR,
    /** Worth a look: a guideline or a default, not a legal requirement. */
    WARNING
  }

  Finding() {}

  /** The rule broken, e.g. {@code compliance.mediation-committee}. */
  @Value.Parameter
  public abstract io.github.gridgov.rules.reason.RuleRef rule();

  /** Error or warning. */
  @Value.Parameter
  public abstract Severity severity();

  /** The area or body concerned, e.g. {@code COMMUNITY:C-1}. */
  @Value.Parameter
  public abstract String subject();

  /** Where the rule comes from, e.g. {@code 人民调解法 Art. 8}, or our configurable default. */
  public io.github.gridgov.rules.reason.RuleSource source() {
    return rule().source();
  }

  /** Why. */
  @Value.Parameter
  public abstract Reasons reasons();
}
