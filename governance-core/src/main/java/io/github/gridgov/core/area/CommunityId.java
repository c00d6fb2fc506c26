package io.github.gridgov.core.area;

import io.github.gridgov.core.Identifier;

/**
 * 社区编号 — the identifier of a community (社区).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CommunityId extends Identifier {
  private CommunityId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static CommunityId of(String value) {
    return new CommunityId(value);
  }
}
