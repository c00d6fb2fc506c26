package io.github.gridgov.core.people;

import io.github.gridgov.core.Identifier;

/**
 * 处置人编号 — the identifier of a responder (处置人).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResponderId extends Identifier {
  private ResponderId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static ResponderId of(String value) {
    return new ResponderId(value);
  }
}
