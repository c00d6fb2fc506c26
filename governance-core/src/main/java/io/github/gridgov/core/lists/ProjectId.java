package io.github.gridgov.core.lists;

import io.github.gridgov.core.Identifier;

/**
 * 项目编号 — the identifier of a project on the projects list (项目清单).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProjectId extends Identifier {
  private ProjectId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static ProjectId of(String value) {
    return new ProjectId(value);
  }
}
