package io.github.gridgov.rules.consultation;

import io.github.gridgov.rules.reason.Reasons;
import org.immutables.value.Value;

/**
 * 协商结果 — how a consultation's decision was taken, whether it was adopted, and why (the
 * counting rule's own reasons included).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Outcome {
  Outcome() {}

  /** The rule the decision was taken by. */
  public abstract DecisionRule rule();

  /** Whether it was adopted. */
  public abstract boolean isAdopted();

  /** Why. */
  public abstract Reasons reasons();

  /**
   * An outcome as stored and read back; decisions themselves come from {@link Consultations}'
   * {@code by…} methods.
   */
  public static Outcome of(DecisionRule rule, boolean adopted, Reasons reasons) {
    return ImmutableOutcome.builder().rule(rule).adopted(adopted).reasons(reasons).build();
  }
}
