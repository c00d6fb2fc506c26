package io.github.gridgov.rules.compliance;

import io.github.gridgov.core.Labelled;

/**
 * 社区组织 — a committee of a community whose make-up the law sets, as a finding names it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Committee implements Labelled {
  /** 居民委员会 — five to nine members (城市居民委员会组织法 Art. 7). */
  RESIDENTS_COMMITTEE,
  /** 人民调解委员会 — three to nine members, with a woman among them (人民调解法 Art. 8). */
  MEDIATION_COMMITTEE
}
