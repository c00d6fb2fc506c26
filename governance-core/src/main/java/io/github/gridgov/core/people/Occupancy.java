package io.github.gridgov.core.people;

import io.github.gridgov.core.Labelled;

/**
 * 居住状态 — how a dwelling is used.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Occupancy implements Labelled {
  /** 自住 — lived in by its owner's household. */
  OCCUPIED,
  /** 出租 — let to tenants. */
  RENTED,
  /** 空置 — empty; its owner may be hard to reach (the leak-from-upstairs story). */
  VACANT
}
