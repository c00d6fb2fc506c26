package io.github.gridgov.rules.compliance;

import java.util.List;
import org.immutables.value.Value;

/**
 * 合规报告 — every finding of {@link ComplianceChecks} over one registry, errors first.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ComplianceReport {
  ComplianceReport() {}

  /** The findings: errors first, then warnings, each in the order of the checks. */
  public abstract List<Finding> findings();

  /** The errors. */
  public List<Finding> errors() {
    return findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
  }

  /** The warnings. */
  public List<Finding> warnings() {
    return findings().stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
  }

  /** Whether there is no error. */
  public boolean isCompliant() {
    return errors().isEmpty();
  }

  /** The findings of {@code rule}. */
  public List<Finding> of(io.github.gridgov.rules.reason.RuleRef rule) {
    return findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }
}
