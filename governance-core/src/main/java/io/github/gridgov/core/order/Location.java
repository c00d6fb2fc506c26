package io.github.gridgov.core.order;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.people.HouseholdId;
import java.util.Optional;

/**
 * 位置 — where a matter is: a household, or an area (building, compound, grid, community, street,
 * district).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Location {
  private final HouseholdId household;
  private final AreaRef area;

  /** {@link #household()} wrapped once: the rules ask for it several times an order. */
  private final Optional<HouseholdId> householdRef;

  private Location(HouseholdId household, AreaRef area) {
    this.household = household;
    this.area = area;
    this.householdRef = Optional.ofNullable(household);
  }

  /** At a household's dwelling. */
  public static Location ofHousehold(HouseholdId household) {
    return new Location(requireNonNull(household, "household"), null);
  }

  /** In an area. */
  public static Location of(AreaRef area) {
    return new Location(null, requireNonNull(area, "area"));
  }

  /** In a building. */
  public static Location ofBuilding(BuildingId building) {
    return of(AreaRef.of(building));
  }

  /** In a compound. */
  public static Location ofCompound(CompoundId compound) {
    return of(AreaRef.of(compound));
  }

  /** In a grid. */
  public static Location ofGrid(GridId grid) {
    return of(AreaRef.of(grid));
  }

  /** The household, if the location is one. */
  public Optional<HouseholdId> household() {
    return householdRef;
  }

  /** The area, if the location is one. */
  public Optional<AreaRef> area() {
    return Optional.ofNullable(area);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Location other)) {
      return false;
    }

    return household == null ? area.equals(other.area) : household.equals(other.household);
  }

  @Override
  public int hashCode() {
    return household == null ? area.hashCode() : household.hashCode() * 31 + 7;
  }

  /**
   * The location {@code text} names, the inverse of {@link #toString()}: {@code HOUSEHOLD:id} or an
   * area as {@link AreaRef#parse(String)} reads it.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the text has another form or the id
   *     breaks the identifier rules
   */
  public static Location parse(String text) {
    requireNonNull(text, "text");
    return text.startsWith("HOUSEHOLD:")
        ? ofHousehold(HouseholdId.of(text.substring("HOUSEHOLD:".length())))
        : of(AreaRef.parse(text));
  }

  /** {@code HOUSEHOLD:id} or the area, e.g. {@code BUILDING:B-43}; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    return household == null ? area.toString() : "HOUSEHOLD:" + household;
  }
}
