package io.github.gridgov.core.order;

import io.github.gridgov.core.Labelled;

/**
 * 满意度 — the five-level 好差评 scale: 非常满意, 满意, 基本满意, 不满意, 非常不满意.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Satisfaction implements Labelled {
  /** 非常满意. */
  VERY_SATISFIED,
  /** 满意. */
  SATISFIED,
  /** 基本满意. */
  BASICALLY_SATISFIED,
  /** 不满意. */
  DISSATISFIED,
  /** 非常不满意. */
  VERY_DISSATISFIED;

  /** Whether this rating sends a resolved order back to its owner (不满意 or 非常不满意). */
  public boolean isUnsatisfied() {
    return this == DISSATISFIED || this == VERY_DISSATISFIED;
  }
}
