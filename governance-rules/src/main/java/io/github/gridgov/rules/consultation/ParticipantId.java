package io.github.gridgov.rules.consultation;

import io.github.gridgov.core.Identifier;

/**
 * 协商主体编号 — the identifier of one participant in a consultation: a body's delegate, not a person's name.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ParticipantId extends Identifier {
  private ParticipantId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static ParticipantId of(String value) {
    return new ParticipantId(value);
  }
}
