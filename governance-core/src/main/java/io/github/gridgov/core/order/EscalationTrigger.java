package io.github.gridgov.core.order;

import io.github.gridgov.core.Labelled;

/**
 * 升级原因 — what makes an order move, recorded typed on the step that moved it ({@link
 * OrderEvent#trigger()}), so that reports count moves by trigger without reading free text.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum EscalationTrigger implements Labelled {
  /** A flag added after dispatch needs a higher tier (e.g. a violence risk). */
  FLAG_NEEDS_HIGHER_TIER,
  /** The owner returned it as beyond its ability. */
  RETURNED_BY_OWNER,
  /** Residents rated it unsatisfied too often at this tier (two by default). */
  UNSATISFIED_RATINGS,
  /** Nobody accepted it within the acceptance limit. */
  NOT_ACCEPTED_IN_TIME,
  /** The overall resolution deadline passed while the order was at its tier. */
  DEADLINE_PASSED,
  /** It sat at its tier longer than the tier's budget. */
  TIER_BUDGET_PASSED,
  /** Its owner is gone or off duty. */
  OWNER_UNAVAILABLE,
  /** 督办 — a supervision was not answered by its reply deadline. */
  SUPERVISION_UNANSWERED,
  /** 挂账复查 — a parked order reached its review date. */
  REVIEW_DUE,
  /** 回访时限 — a resolved order was neither rated nor verified within the callback limit. */
  CALLBACK_LIMIT_PASSED
}
