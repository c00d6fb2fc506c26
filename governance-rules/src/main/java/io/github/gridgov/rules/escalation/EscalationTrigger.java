package io.github.gridgov.rules.escalation;

/**
 * 升级原因 — what makes an order move (domain.md §5).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public enum EscalationTrigger {
  /** A flag added after dispatch needs a higher tier (e.g. a violence risk). */
  FLAG_NEEDS_HIGHER_TIER,
  /** The owner returned it as beyond its ability. */
  RETURNED_BY_OWNER,
  /** Residents rated it unsatisfied too often at this tier (two by default). */
  UNSATISFIED_RATINGS,
  /** Nobody accepted it within the acceptance limit. */
  NOT_ACCEPTED_IN_TIME,
  /** The overall resolution deadline passed. */
  DEADLINE_PASSED,
  /** It sat at its tier longer than the tier's budget. */
  TIER_BUDGET_PASSED,
  /** Its owner is gone or off duty. */
  OWNER_UNAVAILABLE
}
