package io.github.gridgov.rules.internal;

import io.github.gridgov.core.Identifier;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.AreaChain;
import io.github.gridgov.core.registry.Jurisdiction;
import java.util.Optional;

/** Where an order is, in the registry's terms. Not API. */
public final class Places {
  /** The party the rules act as when they carry out a step themselves. */
  public static final io.github.gridgov.core.order.Actor RULES =
      io.github.gridgov.core.order.Actor.system("gridgov-rules");

  private Places() {}

  /**
   * The area an order is located in: a household's building, or the order's own area; empty if
   * it is not in the jurisdiction.
   */
  public static Optional<AreaRef> area(ServiceOrder order, Jurisdiction j) {
    return j.areaOf(order.location());
  }

  /**
   * The care needs of {@code order} together with those the registry holds for its household:
   * the registry's facts are read, never copied by the host.
   */
  public static java.util.Set<io.github.gridgov.core.people.CareNeed> careNeeds(
      ServiceOrder order, Jurisdiction j) {
    java.util.Set<io.github.gridgov.core.people.CareNeed> own = order.careNeeds();
    if (order.location().household().isEmpty()) {
      return own;
    }
    java.util.Set<io.github.gridgov.core.people.CareNeed> registered =
        j.careNeedsOf(order.location().household().get());
    if (registered.isEmpty() || own.containsAll(registered)) {
      return own;
    }
    java.util.EnumSet<io.github.gridgov.core.people.CareNeed> all =
        java.util.EnumSet.noneOf(io.github.gridgov.core.people.CareNeed.class);
    all.addAll(own);
    all.addAll(registered);
    return java.util.Collections.unmodifiableSet(all);
  }

  /** Whether the order's people have care needs, its own or registered for its household; allocates nothing. */
  public static boolean hasCareNeeds(ServiceOrder order, Jurisdiction j) {
    return !order.careNeeds().isEmpty()
        || (order.location().household().isPresent()
            && j.hasCareNeeds(order.location().household().get()));
  }

  /**
   * {@code order} with the registry's care needs for its household that it lacks noted on its
   * trail by {@code by} at {@code at} (the later of {@code at} and its last change); {@code order}
   * itself when there are none.
   */
  public static ServiceOrder withRegistryCareNeeds(
      ServiceOrder order,
      Jurisdiction j,
      io.github.gridgov.core.order.Actor by,
      java.time.Instant at) {
    java.util.Set<io.github.gridgov.core.people.CareNeed> all = careNeeds(order, j);
    if (all.size() == order.careNeeds().size() || !order.status().isOpen()) {
      return order;
    }
    java.util.EnumSet<io.github.gridgov.core.people.CareNeed> missing =
        java.util.EnumSet.noneOf(io.github.gridgov.core.people.CareNeed.class);
    missing.addAll(all);
    missing.removeAll(order.careNeeds());
    java.time.Instant when = at.isBefore(order.lastChangedAt()) ? order.lastChangedAt() : at;
    return order.noteCareNeeds(by, missing, when);
  }

  /** The chain above a building-level location, if the order sits in a building. */
  public static Optional<AreaChain> buildingChain(ServiceOrder order, Jurisdiction j) {
    return area(order, j)
        .filter(a -> a.level() == AreaLevel.BUILDING)
        .flatMap(a -> j.chainOf((BuildingId) a.id().get()));
  }

  /** The community an area lies in, if it lies in one. */
  public static Optional<CommunityId> community(AreaRef area, Jurisdiction j) {
    return j.communityOf(area);
  }

  /**
   * Whether {@code building} lies in an unmanaged compound (三无小区), whose partner compound's
   * responders it may borrow (借用资源).
   */
  public static boolean isUnmanaged(BuildingId building, Jurisdiction j) {
    return io.github.gridgov.core.registry.internal.RegistryAccess.isUnmanaged(j, building);
  }

  /** Whether {@code responder} is listed in {@code j} and on duty, read from the columns. */
  public static boolean isOnDuty(
      io.github.gridgov.core.people.ResponderId responder, Jurisdiction j) {
    return io.github.gridgov.core.registry.internal.RegistryAccess.isOnDuty(j, responder);
  }

  /** See {@link #isUnmanaged}: the partner, or null. */
  public static CompoundId partnerOf(BuildingId building, Jurisdiction j) {
    return io.github.gridgov.core.registry.internal.RegistryAccess.partnerOf(j, building);
  }

  /** Whether {@code area} is in the registry (the district always is). */
  public static boolean isKnown(AreaRef area, Jurisdiction j) {
    return j.contains(area);
  }

  /**
   * The areas that contain {@code area}, itself first, then up to the district: a building's
   * compound (if any), grid, community and street; empty if the registry does not know it.
   */
  public static java.util.List<AreaRef> enclosing(AreaRef area, Jurisdiction j) {
    if (!j.contains(area)) {
      return java.util.List.of();
    }
    java.util.List<AreaRef> up = new java.util.ArrayList<>();
    up.add(area);
    Identifier id = area.id().orElse(null);
    CommunityId community = null;
    switch (area.level()) {
      case BUILDING -> {
        io.github.gridgov.core.registry.AreaChain chain = j.chainOf((BuildingId) id).orElse(null);
        if (chain == null) {
          break;
        }
        chain.compound().ifPresent(c -> up.add(AreaRef.of(c)));
        up.add(AreaRef.of(chain.grid()));
        community = chain.community();
      }
      case COMPOUND -> community = j.compound((CompoundId) id).get().community();
      case GRID -> community = j.communityOf((GridId) id).orElse(null);
      case COMMUNITY -> j.streetOf((CommunityId) id).ifPresent(s -> up.add(AreaRef.of(s)));
      default -> {}
    }
    if (community != null) {
      up.add(AreaRef.of(community));
      j.streetOf(community).ifPresent(s -> up.add(AreaRef.of(s)));
    }
    if (area.level() != io.github.gridgov.core.area.AreaLevel.DISTRICT) {
      up.add(AreaRef.district());
    }
    return up;
  }

  /** Whether {@code inner} lies within {@code outer} (an area lies within itself). */
  public static boolean within(AreaRef inner, AreaRef outer, Jurisdiction j) {
    return enclosing(inner, j).contains(outer);
  }

  /** The buildings within {@code area}, in registry order. */
  public static java.util.List<io.github.gridgov.core.area.Building> buildingsIn(
      AreaRef area, Jurisdiction j) {
    java.util.List<io.github.gridgov.core.area.Building> all = new java.util.ArrayList<>();
    for (io.github.gridgov.core.area.Building b : j.buildings()) {
      if (within(AreaRef.of(b.id()), area, j)) {
        all.add(b);
      }
    }
    return all;
  }

  /**
   * Whether a responder working at {@code tier} and covering {@code area} (or an area containing
   * it) is on duty: read from the registry's columns, no responder touched.
   */
  public static boolean anyOnDuty(AreaRef area, io.github.gridgov.core.Tier tier, Jurisdiction j) {
    io.github.gridgov.core.registry.internal.ResponderColumns columns =
        io.github.gridgov.core.registry.internal.RegistryAccess.columns(j);
    return io.github.gridgov.core.registry.internal.RegistryAccess.covering(
        j, area, tier, (r, through) -> !columns.onDuty(r));
  }
}
