package io.github.gridgov.rules.consultation;

import io.github.gridgov.rules.reason.Reasons;
import org.immutables.value.Value;

/**
 * 程序审查 — how a consultation's steps so far stand against the rules: one reason for each rule
 * its steps have reached, and those it broke.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Review {
  Review() {}

  /** One reason per rule reached, met or not, in the order of the steps. */
  public abstract Reasons findings();

  /** The findings that break a rule. */
  public abstract Reasons problems();

  /** Whether no rule is broken. */
  public boolean isClean() {
    return problems().isEmpty();
  }
}
