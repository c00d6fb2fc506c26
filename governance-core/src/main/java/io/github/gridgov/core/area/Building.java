package io.github.gridgov.core.area;

import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.people.ResponderId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 楼栋 — a residential building.
 *
 * <p>A building has a building leader (楼栋长) and unit leaders (单元长, keyed by unit). It belongs
 * to a grid; when grids are redrawn it keeps its history as a list of {@link GridAssignment}s in
 * date order, so "which grid owned this building on date D" has an answer. Only the last
 * assignment may be open-ended and none may overlap.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Building implements WithBuilding {
  Building() {}

  /** The identifier. */
  public abstract BuildingId id();

  /** The name, e.g. {@code 43栋}; at most 100 characters. */
  public abstract String name();

  /**
   * 地址 — the building's address as people write it, e.g. {@code 北京市朝阳区安贞街道安华里二区43号楼};
   * at most 200 characters on one line. A household's address adds its unit and room ({@link
   * io.github.gridgov.core.registry.Jurisdiction#addressOf}).
   */
  public abstract Optional<String> address();

  /** 坐标 — where the building stands, in WGS-84 (convert a map app's GCJ-02 with {@link GeoPoint#fromGcj02}). */
  public abstract Optional<GeoPoint> position();

  /** The compound the building stands in; empty for a scattered building (散居楼). */
  public abstract Optional<CompoundId> compound();

  /** The building's grids over time, oldest first; never empty. */
  public abstract List<GridAssignment> gridAssignments();

  /** 楼栋长 — the building leader. */
  public abstract Optional<ResponderId> leader();

  /** 单元长 — the unit leaders, by unit (e.g. {@code "2"} for 2单元). */
  public abstract Map<String, ResponderId> unitLeaders();

  /** The grid the building belongs to now or most recently: the last assignment's grid. */
  public GridId grid() {
    return gridAssignments().get(gridAssignments().size() - 1).grid();
  }

  /** The grid the building belonged to on {@code date}, if any. */
  public Optional<GridId> gridOn(LocalDate date) {
    for (GridAssignment a : gridAssignments()) {
      if (a.validity().contains(date)) {
        return Optional.of(a.grid());
      }
    }
    return Optional.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Building}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableBuilding.Builder {
    /** Places the building in {@code grid} with no dates: shorthand for one open assignment. */
    public Builder grid(GridId grid) {
      addGridAssignment(GridAssignment.of(grid));
      return this;
    }
  }

  @Value.Check
  void check() {
    Checks.checkName(name(), 100, "Building", "name");
    address().ifPresent(a -> Checks.checkName(a, 200, "Building", "address"));
    List<GridAssignment> all = gridAssignments();
    Checks.check(
        !all.isEmpty(), "Building", "gridAssignments", id(), "must name at least one grid");
    for (int i = 0; i + 1 < all.size(); i++) {
      Validity earlier = all.get(i).validity();
      Validity later = all.get(i + 1).validity();
      boolean ordered =
          earlier.end().isPresent()
              && later.start().isPresent()
              && earlier.end().get().isBefore(later.start().get());
      if (!ordered) {
        throw Checks.invalid(
            "Building",
            "gridAssignments",
            id() + " " + earlier + " then " + later,
            "must be in date order without overlap; only the last may be open-ended");
      }
    }
    unitLeaders().keySet().forEach(u -> Checks.checkName(u, 16, "Building", "unitLeaders.unit"));
  }
}
