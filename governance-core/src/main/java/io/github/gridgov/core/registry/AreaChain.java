package io.github.gridgov.core.registry;

import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.people.HouseholdId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 归属链 — the chain from a household or building up to its street: household → building →
 * (compound) → grid → community → street, using each building's current grid.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AreaChain {
  AreaChain() {}

  /** The household, when the chain starts at one. */
  public abstract Optional<HouseholdId> household();

  /** The building. */
  public abstract BuildingId building();

  /** The compound, unless the building is scattered. */
  public abstract Optional<CompoundId> compound();

  /** The grid. */
  public abstract GridId grid();

  /** The community. */
  public abstract CommunityId community();

  /** The street. */
  public abstract StreetId street();
}
