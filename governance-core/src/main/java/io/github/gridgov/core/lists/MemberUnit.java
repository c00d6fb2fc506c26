package io.github.gridgov.core.lists;

import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 成员单位 — a unit outside the residents' committee that takes part in a community's work: a
 * member of its joint party committee (大党委), a reporting party organisation (报到党组织), a
 * co-building unit or enterprise of the area. It offers resources and may claim projects, and it
 * may raise needs of its own (双向需求).
 *
 * <p>Rules: the name is 1–100 characters.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MemberUnit {
  MemberUnit() {}

  /** The identifier. */
  public abstract MemberUnitId id();

  /** The name, e.g. {@code 县人民医院}. */
  public abstract String name();

  /** How it takes part. */
  public abstract MemberUnitKind kind();

  /** The community it works with. */
  public abstract CommunityId community();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MemberUnit}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableMemberUnit.Builder {}

  @Value.Check
  void check() {
    Checks.checkName(name(), 100, "MemberUnit", "name");
  }
}
