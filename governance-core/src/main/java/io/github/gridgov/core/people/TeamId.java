package io.github.gridgov.core.people;

import io.github.gridgov.core.Identifier;

/**
 * 志愿服务队编号 — the identifier of a volunteer team (志愿服务队).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TeamId extends Identifier {
  private TeamId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static TeamId of(String value) {
    return new TeamId(value);
  }
}
