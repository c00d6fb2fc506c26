package io.github.gridgov.rules.deliberation;

import io.github.gridgov.core.Labelled;

/**
 * 业主人数计算 — how owners are counted.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum OwnerCounting implements Labelled {
  /**
   * The law (建筑物区分所有权解释 Art. 9): one person per exclusive unit, except that all units not
   * yet sold or delivered count as one (the developer) and several units of one buyer count as
   * one. The ballots of one owner must agree.
   */
  STATUTORY,
  /** 一户一票, where a meeting's own rules say so: every unit is one vote, whoever owns it. */
  ONE_VOTE_PER_UNIT
}
