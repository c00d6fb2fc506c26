package io.github.gridgov.core.people;

import io.github.gridgov.core.area.Validity;
import org.immutables.value.Value;

/**
 * 户成员 — a resident's membership of a household, with its kind and dates.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Membership {
  Membership() {}

  /** The resident. */
  @Value.Parameter
  public abstract ResidentId resident();

  /** Head or member. */
  @Value.Parameter
  public abstract MembershipKind kind();

  /** When the resident belonged to the household. */
  @Value.Parameter
  public abstract Validity validity();

  /** A membership with no dates. */
  public static Membership of(ResidentId resident, MembershipKind kind) {
    return ImmutableMembership.of(resident, kind, Validity.always());
  }

  /** A membership in force during {@code validity}. */
  public static Membership of(ResidentId resident, MembershipKind kind, Validity validity) {
    return ImmutableMembership.of(resident, kind, validity);
  }
}
