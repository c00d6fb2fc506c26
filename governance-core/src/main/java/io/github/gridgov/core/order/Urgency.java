package io.github.gridgov.core.order;

import io.github.gridgov.core.Labelled;

/**
 * 紧急程度 — how urgent a matter is; one key of the SLA profiles.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Urgency implements Labelled {
  /** 一般. */
  NORMAL,
  /** 紧急 — e.g. water, power, gas or heating cut off. */
  URGENT,
  /** 特急 — danger to life or property. */
  CRITICAL
}
