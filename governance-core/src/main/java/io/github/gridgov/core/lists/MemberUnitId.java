package io.github.gridgov.core.lists;

import io.github.gridgov.core.Identifier;

/**
 * 成员单位编号 — the identifier of a member unit (共建单位, 大党委成员单位, 报到党组织).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MemberUnitId extends Identifier {
  private MemberUnitId(String value) {
    super(value);
  }

  /**
   * Returns the identifier with this value.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the value breaks the
   *     {@link Identifier} rules
   */
  public static MemberUnitId of(String value) {
    return new MemberUnitId(value);
  }
}
