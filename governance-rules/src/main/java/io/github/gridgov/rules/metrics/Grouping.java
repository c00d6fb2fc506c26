package io.github.gridgov.rules.metrics;

import io.github.gridgov.core.Identifier;
import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.AreaChain;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.internal.Places;
import java.util.Optional;

/**
 * 统计口径 — how orders are grouped: by the area they lie in (building, grid, community, street,
 * using each building's current grid), by their owner at the end of the trail (responder or
 * team), or by category. An order that a grouping cannot place (e.g. one located at a whole grid,
 * grouped by building; one without an owner) falls in the group {@value #NONE}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Grouping implements Labelled {
  /** By building. */
  BUILDING,
  /** By grid. */
  GRID,
  /** By community. */
  COMMUNITY,
  /** By street. */
  STREET,
  /** By owning responder. */
  RESPONDER,
  /** By owning volunteer team. */
  TEAM,
  /** By category. */
  CATEGORY;

  /** The group of orders that a grouping cannot place. */
  public static final String NONE = "(none)";

  /** The key of {@code order}'s group. */
  public String keyOf(ServiceOrder order, Jurisdiction j) {
    return switch (this) {
      case RESPONDER ->
          order.owner().flatMap(a -> a.responder()).map(Identifier::value).orElse(NONE);
      case TEAM -> order.owner().flatMap(a -> a.team()).map(Identifier::value).orElse(NONE);
      case CATEGORY -> order.category().code();
      default -> Places.area(order, j).flatMap(a -> area(a, j)).orElse(NONE);
    };
  }

  private Optional<String> area(AreaRef a, Jurisdiction j) {
    Identifier id = a.id().orElse(null);
    Optional<AreaChain> chain =
        a.level() == AreaLevel.BUILDING ? j.chainOf((BuildingId) id) : Optional.empty();
    if (chain.isPresent()) {
      AreaChain c = chain.get();
      return switch (this) {
        case BUILDING -> Optional.of(c.building().value());
        case GRID -> Optional.of(c.grid().value());
        case COMMUNITY -> Optional.of(c.community().value());
        default -> Optional.of(c.street().value());
      };
    }
    Optional<io.github.gridgov.core.area.CommunityId> community = Places.community(a, j);
    return switch (this) {
      case GRID ->
          a.level() == AreaLevel.GRID ? Optional.of(((GridId) id).value()) : Optional.empty();
      case COMMUNITY -> community.map(Identifier::value);
      case STREET ->
          a.level() == AreaLevel.STREET
              ? Optional.of(id.value())
              : community.flatMap(j::streetOf).map(Identifier::value);
      default -> Optional.empty();
    };
  }
}
