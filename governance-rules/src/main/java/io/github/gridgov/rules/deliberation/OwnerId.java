package io.github.gridgov.rules.deliberation;

import io.github.gridgov.core.Identifier;

/**
 * 业主编号 — the identifier of an owner (a person, or the developer for unsold units).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OwnerId extends Identifier {
  private OwnerId(String value) {
    super(value);
  }

  /** The identifier with this value; see {@link Identifier} for the rules. */
  public static OwnerId of(String value) {
    return new OwnerId(value);
  }
}
