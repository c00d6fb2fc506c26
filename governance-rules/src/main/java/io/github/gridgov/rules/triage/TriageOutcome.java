package io.github.gridgov.rules.triage;

import io.github.gridgov.core.Labelled;

/**
 * 分流结果 — what the pre-routing filters decided (北京市接诉即办工作条例 Art. 11).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum TriageOutcome implements Labelled {
  /** Dispatch it, starting at the decision's tier. */
  PROCEED,
  /** An emergency: hand it to 110/119/120/122 at once. */
  REFER_EMERGENCY,
  /** A matter for litigation, arbitration, review or 信访: tell the requester the channel. */
  REFER_LEGAL_CHANNEL,
  /** The same matter is already open: link it to that order. */
  DUPLICATE,
  /** Its location is not in this jurisdiction: refer it elsewhere. */
  OUT_OF_JURISDICTION
}
