package io.github.gridgov.rules.compliance;

import io.github.gridgov.rules.Reasons;
import org.immutables.value.Value;

/**
 * 检查发现 — one rule a registry breaks: its id, severity, the area or body concerned, the legal
 * source (or "gridgov default" for our own configurable rules) and the reasons.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  /** How serious a finding is. */
  public enum Severity {
    /** The registry breaks a legal rule. */
    ERROR,
    /** Worth a look: a guideline or a default, not a legal requirement. */
    WARNING
  }

  Finding() {}

  /** The rule's stable id, e.g. {@code compliance.mediation-committee}. */
  @Value.Parameter
  public abstract String rule();

  /** Error or warning. */
  @Value.Parameter
  public abstract Severity severity();

  /** The area or body concerned, e.g. {@code COMMUNITY:C-1}. */
  @Value.Parameter
  public abstract String subject();

  /** The legal source, e.g. {@code 人民调解法 Art. 8}. */
  @Value.Parameter
  public abstract String source();

  /** Why. */
  @Value.Parameter
  public abstract Reasons reasons();
}
