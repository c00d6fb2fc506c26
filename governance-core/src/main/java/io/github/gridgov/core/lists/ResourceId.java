package io.github.gridgov.core.lists;

import io.github.gridgov.core.Identifier;

/**
 * 资源编号 — the identifier of a resource on the resources list (资源清单).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResourceId extends Identifier {
  private ResourceId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static ResourceId of(String value) {
    return new ResourceId(value);
  }
}
