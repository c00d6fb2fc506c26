package io.github.gridgov.rules.internal;

import io.github.gridgov.core.Identifier;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.AreaChain;
import io.github.gridgov.core.registry.Jurisdiction;
import java.util.Optional;

/** Where an order is, in the registry's terms. Not API. */
public final class Places {
  private Places() {}

  /**
   * The area an order is located in: a household's building, or the order's own area; empty if
   * it is not in the jurisdiction.
   */
  public static Optional<AreaRef> area(ServiceOrder order, Jurisdiction j) {
    Location location = order.location();
    if (location.household().isPresent()) {
      return j.buildingOf(location.household().get()).map(AreaRef::of);
    }
    AreaRef area = location.area().get();
    return exists(area, j) ? Optional.of(area) : Optional.empty();
  }

  /** The chain above a building-level location, if the order sits in a building. */
  public static Optional<AreaChain> buildingChain(ServiceOrder order, Jurisdiction j) {
    return area(order, j).filter(a -> a.level() == AreaLevel.BUILDING)
        .flatMap(a -> j.chainOf((BuildingId) a.id().get()));
  }

  /** The community an area lies in, if it lies in one. */
  public static Optional<CommunityId> community(AreaRef area, Jurisdiction j) {
    Identifier id = area.id().orElse(null);
    switch (area.level()) {
      case BUILDING:
        return j.chainOf((BuildingId) id).map(AreaChain::community);
      case COMPOUND:
        return j.compound((CompoundId) id).map(c -> c.community());
      case GRID:
        return j.communityOf((GridId) id);
      case COMMUNITY:
        return Optional.of((CommunityId) id);
      default:
        return Optional.empty();
    }
  }

  private static boolean exists(AreaRef area, Jurisdiction j) {
    Identifier id = area.id().orElse(null);
    switch (area.level()) {
      case BUILDING:
        return j.building((BuildingId) id).isPresent();
      case COMPOUND:
        return j.compound((CompoundId) id).isPresent();
      case GRID:
        return j.grid((GridId) id).isPresent();
      case COMMUNITY:
        return j.community((CommunityId) id).isPresent();
      case STREET:
        return j.street((StreetId) id).isPresent();
      default:
        return true;
    }
  }
}
