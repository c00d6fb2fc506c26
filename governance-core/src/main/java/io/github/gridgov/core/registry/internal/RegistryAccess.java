package io.github.gridgov.core.registry.internal;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.registry.Jurisdiction;

/**
 * The seam through which gridgov's rules reach a {@link Jurisdiction}'s fast paths without them
 * being public API: the registry installs its {@link Provider} when its class is initialised,
 * before any instance can be passed here. Not API.
 */
public final class RegistryAccess {
  private static volatile Provider provider;

  private RegistryAccess() {}

  /** What the registry provides. */
  public interface Provider {
    /** As {@link RegistryAccess#covering}. */
    boolean covering(Jurisdiction j, AreaRef area, Tier tier, CoverageIndex.Visitor visitor);

    /** As {@link RegistryAccess#columns}. */
    ResponderColumns columns(Jurisdiction j);

    /** As {@link RegistryAccess#isUnmanaged}. */
    boolean isUnmanaged(Jurisdiction j, BuildingId building);

    /** As {@link RegistryAccess#partnerOf}. */
    CompoundId partnerOf(Jurisdiction j, BuildingId building);

    /** As {@link RegistryAccess#isOnDuty}. */
    boolean isOnDuty(Jurisdiction j, ResponderId responder);
  }

  /** Called once, by {@link Jurisdiction}; a second call is refused. */
  public static synchronized void install(Provider p) {
    if (provider != null) {
      throw new IllegalStateException("Cannot install a second registry access provider");
    }
    provider = p;
  }

  /**
   * Visits the responders working at {@code tier} whose coverage includes {@code area} or an area
   * containing it, as {@link Jurisdiction#forEachCovering} orders them, with their registry
   * positions; returns whether the visitor stopped the visit.
   *
   * @throws IllegalArgumentException if the area is not in {@code j}
   */
  public static boolean covering(
      Jurisdiction j, AreaRef area, Tier tier, CoverageIndex.Visitor visitor) {
    return provider.covering(j, area, tier, visitor);
  }

  /** The per-responder columns of {@code j}, by registry position (the order of {@link Jurisdiction#responders()}). */
  public static ResponderColumns columns(Jurisdiction j) {
    return provider.columns(j);
  }

  /** Whether {@code building} lies in an unmanaged compound (三无小区) of {@code j}; false if unknown. */
  public static boolean isUnmanaged(Jurisdiction j, BuildingId building) {
    return provider.isUnmanaged(j, building);
  }

  /**
   * The partner compound of {@code building}'s compound when that compound is unmanaged and names
   * one; null otherwise, or if the building is not in {@code j}.
   */
  public static CompoundId partnerOf(Jurisdiction j, BuildingId building) {
    return provider.partnerOf(j, building);
  }

  /**
   * Whether {@code responder} is listed in {@code j} and on duty: its id looked up and its duty
   * read from the columns, the responder itself not touched.
   */
  public static boolean isOnDuty(Jurisdiction j, ResponderId responder) {
    return provider.isOnDuty(j, responder);
  }
}
