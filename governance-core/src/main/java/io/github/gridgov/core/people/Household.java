package io.github.gridgov.core.people;

import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 户 — the household of one dwelling: its building, unit and room, how the dwelling is used, its
 * members and its care needs.
 *
 * <p>Rules: unit and room are 1–16 characters; a resident appears at most once; heads of
 * household never overlap in time (one head at a time).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Household implements WithHousehold {
  Household() {}

  /** The identifier. */
  public abstract HouseholdId id();

  /** The building the dwelling is in. */
  public abstract BuildingId building();

  /** 单元 — the unit (stairway), e.g. {@code "2"}; empty for a building without units. */
  public abstract Optional<String> unit();

  /** 室 — the room number, e.g. {@code "301"}. */
  public abstract String room();

  /** How the dwelling is used; {@link Occupancy#OCCUPIED} unless set. */
  @Value.Default
  public Occupancy occupancy() {
    return Occupancy.OCCUPIED;
  }

  /** The members, head first by convention. */
  public abstract List<Membership> members();

  /** The household's care needs. */
  public abstract Set<CareNeed> careNeeds();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Household}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableHousehold.Builder {}

  @Value.Check
  void check() {
    unit().ifPresent(u -> Checks.checkName(u, 16, "Household", "unit"));
    Checks.checkName(room(), 16, "Household", "room");
    List<Membership> ms = members();
    for (int i = 0; i < ms.size(); i++) {
      for (int j = i + 1; j < ms.size(); j++) {
        Membership a = ms.get(i);
        Membership b = ms.get(j);
        Checks.check(
            !a.resident().equals(b.resident()),
            "Household",
            "members",
            a.resident(),
            "must list a resident once (household %s)",
            id());
        if (a.kind() == MembershipKind.HEAD
            && b.kind() == MembershipKind.HEAD
            && a.validity().overlaps(b.validity())) {
          throw Checks.invalid(
              "Household",
              "members",
              a.resident() + ", " + b.resident(),
              "must not have two heads at the same time (household %s)",
              id());
        }
      }
    }
  }
}
