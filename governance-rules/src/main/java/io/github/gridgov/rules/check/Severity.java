package io.github.gridgov.rules.check;

import io.github.gridgov.core.Labelled;

/**
 * 严重程度 — how serious a violated rule is.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Severity implements Labelled {
  /** The dispatch breaks a rule or the law and should not be made. */
  ERROR,
  /** The dispatch is allowed but worse than the rules' own choice. */
  WARNING
}
