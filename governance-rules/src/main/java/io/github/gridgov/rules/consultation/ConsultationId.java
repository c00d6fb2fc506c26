package io.github.gridgov.rules.consultation;

import io.github.gridgov.core.Identifier;

/**
 * 议题编号 — the identifier of a consultation (协商议题).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ConsultationId extends Identifier {
  private ConsultationId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static ConsultationId of(String value) {
    return new ConsultationId(value);
  }
}
