package io.github.gridgov.core.people;

import io.github.gridgov.core.Labelled;

/**
 * 人口类型 — how a resident lives in the area.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Residency implements Labelled {
  /** 户籍人口 — household registration here. */
  REGISTERED,
  /** 常住人口 — lives here for the long term without registration here. */
  PERMANENT,
  /** 流动人口 — floating population. */
  FLOATING
}
