package io.github.gridgov.rules.consultation;

import io.github.gridgov.core.Labelled;

/**
 * 决定方式 — how a consultation's decision is taken.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum DecisionRule implements Labelled {
  /** 业主共同决定 — an owners' vote under 民法典 Art. 278. */
  OWNERS_VOTE,
  /** 居民会议 — a residents' meeting under 城市居民委员会组织法 Art. 9. */
  RESIDENTS_MEETING,
  /** 协商会议多数 — the consultation's own majority (ours, configurable). */
  CONSULTATION_MAJORITY
}
