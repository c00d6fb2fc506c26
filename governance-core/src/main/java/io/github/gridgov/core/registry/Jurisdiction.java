package io.github.gridgov.core.registry;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.gridgov.core.Identifier;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.Community;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.Compound;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.area.Street;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.internal.IdIndex;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.Skill;
import io.github.gridgov.core.people.TeamId;
import io.github.gridgov.core.people.VolunteerTeam;
import io.github.gridgov.core.registry.internal.CoverageIndex;
import io.github.gridgov.core.registry.internal.RegistryAccess;
import io.github.gridgov.core.registry.internal.ResponderColumns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * 辖区 — the validated, indexed, immutable registry of one street, district or city: its streets,
 * communities, grids, compounds, buildings, households, residents, responders and volunteer
 * teams.
 *
 * <p>Built once per registry version with {@link #builder()}; {@link Builder#build()} validates
 * the whole graph and throws one {@link JurisdictionValidationException} listing <em>every</em>
 * problem (duplicate ids, dangling references, a building whose grid lies in another community
 * than its compound, a responder covering an unknown area, a household member who is not a
 * resident, two households in one dwelling, one ID number for two residents, …). Size ranges and
 * missing building leaders come back as {@link #warnings()}, not errors.
 *
 * <p>Lookups the rules need are O(1) on dense int indexes: the chain household → building →
 * grid → community → street, responders covering an area at a tier, a building's leader, teams by
 * skill, and which grid owned a building on a date. Households are kept in compact columns (at
 * most 128 bytes each, personal data excluded — a test holds the bound), not as objects; {@link #household(HouseholdId)}
 * rebuilds the value on demand. A district of 1,000,000 households fits in well under 128 MB, so
 * a stream processor can copy it into every parallel task.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Jurisdiction {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Jurisdiction.class);
  private static final AreaLevel[] LEVELS = AreaLevel.values();

  static {
    RegistryAccess.install(
        new RegistryAccess.Provider() {
          @Override
          public boolean covering(
              Jurisdiction j, AreaRef area, Tier tier, CoverageIndex.Visitor visitor) {
            requireNonNull(tier, "tier");
            return j.coverage.visit(area.level(), j.indexOf(area), tier, visitor);
          }

          @Override
          public ResponderColumns columns(Jurisdiction j) {
            return j.columns;
          }

          @Override
          public boolean isUnmanaged(Jurisdiction j, BuildingId building) {
            int b = j.buildingIx.indexOf(building.value());
            return b >= 0 && j.unmanagedBuilding[b];
          }

          @Override
          public CompoundId partnerOf(Jurisdiction j, BuildingId building) {
            int b = j.buildingIx.indexOf(building.value());
            return b < 0 ? null : j.partnerOfBuilding[b];
          }

          @Override
          public boolean isOnDuty(Jurisdiction j, ResponderId responder) {
            int r = j.responderIx.indexOf(responder.value());
            return r >= 0 && j.columns.onDuty(r);
          }
        });
  }

  private final ImmutableList<Street> streets;
  private final ImmutableList<Community> communities;
  private final ImmutableList<Grid> grids;
  private final ImmutableList<Compound> compounds;
  private final ImmutableList<Building> buildings;
  private final ImmutableList<Resident> residents;
  private final ImmutableList<Responder> responders;
  private final ImmutableList<VolunteerTeam> teams;
  private final IdIndex streetIx;
  private final IdIndex communityIx;
  private final IdIndex gridIx;
  private final IdIndex compoundIx;
  private final IdIndex buildingIx;
  private final IdIndex residentIx;
  private final IdIndex responderIx;
  private final IdIndex teamIx;
  private final int[] communityStreet;
  private final int[] gridCommunity;
  private final int[] buildingGrid;
  private final int[] buildingCompound;
  private final int[] compoundCommunity;
  private final BuildingId[] buildingIds;
  private final HouseholdTable households;
  private final int[] gridHouseholds;
  private final int[] communityHouseholds;

  /** Who covers each area, by registry position. */
  private final CoverageIndex coverage;

  /** What the hard constraints of an assignment read, by registry position. */
  private final ResponderColumns columns;

  /**
   * Every street, community, grid, compound, building, responder and team wrapped once, and every
   * building's chain: lookups by id hand these out instead of allocating (residents and
   * households, a million or more, are not wrapped ahead).
   */
  private final ImmutableList<Optional<Street>> streetRefs;

  private final ImmutableList<Optional<Community>> communityRefs;
  private final ImmutableList<Optional<Grid>> gridRefs;
  private final ImmutableList<Optional<Compound>> compoundRefs;
  private final ImmutableList<Optional<Building>> buildingRefs;
  private final ImmutableList<Optional<Responder>> responderRefs;
  private final ImmutableList<Optional<VolunteerTeam>> teamRefs;
  private final ImmutableList<Optional<BuildingId>> buildingIdRefs;
  private final ImmutableList<Optional<GridId>> gridIdRefs;
  private final ImmutableList<Optional<CommunityId>> communityIdRefs;
  private final ImmutableList<Optional<StreetId>> streetIdRefs;
  private final ImmutableList<Optional<AreaChain>> chains;

  /**
   * Per building: whether its compound is unmanaged (三无小区), and that compound's partner (null if
   * none or managed), for the rules' borrowing checks without a compound look-up.
   */
  private final boolean[] unmanagedBuilding;

  private final CompoundId[] partnerOfBuilding;

  /** Every building as an area, wrapped once: {@link #areaOf} hands these out. */
  private final ImmutableList<Optional<AreaRef>> buildingAreas;

  /** The tier of each responder, by index: filters coverage without touching the responders. */
  private final byte[] responderTier;

  private final ImmutableListMultimap<Skill, VolunteerTeam> teamsBySkill;
  private final ImmutableListMultimap<CommunityId, VolunteerTeam> teamsByCommunity;
  private final SizeLimits sizeLimits;
  private final ImmutableList<Problem> warnings;

  private Jurisdiction(Validation v) {
    this.streets = ImmutableList.copyOf(v.streets);
    this.communities = ImmutableList.copyOf(v.communities);
    this.grids = ImmutableList.copyOf(v.grids);
    this.compounds = ImmutableList.copyOf(v.compounds);
    this.buildings = ImmutableList.copyOf(v.buildings);
    this.residents = ImmutableList.copyOf(v.residents);
    this.responders = ImmutableList.copyOf(v.responders);
    this.teams = ImmutableList.copyOf(v.teams);
    this.streetIx = v.streetIx.freeze();
    this.communityIx = v.communityIx.freeze();
    this.gridIx = v.gridIx.freeze();
    this.compoundIx = v.compoundIx.freeze();
    this.buildingIx = v.buildingIx.freeze();
    this.residentIx = v.residentIx.freeze();
    this.responderIx = v.responderIx.freeze();
    this.teamIx = v.teamIx.freeze();
    this.communityStreet = v.communityStreet;
    this.gridCommunity = v.gridCommunity;
    this.buildingGrid = v.buildingGrid;
    this.buildingCompound = v.buildingCompound;
    this.compoundCommunity = v.compoundCommunity;
    this.buildingIds = v.buildings.stream().map(Building::id).toArray(BuildingId[]::new);
    this.households = v.householdTable;
    this.streetRefs = wrapped(streets);
    this.communityRefs = wrapped(communities);
    this.gridRefs = wrapped(grids);
    this.compoundRefs = wrapped(compounds);
    this.buildingRefs = wrapped(buildings);
    this.responderRefs = wrapped(responders);
    this.teamRefs = wrapped(teams);
    this.buildingIdRefs = wrapped(java.util.Arrays.asList(buildingIds));
    this.buildingAreas = wrapped(java.util.Arrays.stream(buildingIds).map(AreaRef::of).toList());
    this.gridIdRefs = wrapped(grids.stream().map(Grid::id).toList());
    this.communityIdRefs = wrapped(communities.stream().map(Community::id).toList());
    this.streetIdRefs = wrapped(streets.stream().map(Street::id).toList());
    ImmutableList.Builder<Optional<AreaChain>> chainList =
        ImmutableList.builderWithExpectedSize(buildings.size());
    for (int b = 0; b < buildings.size(); b++) {
      chainList.add(Optional.of(chain(b).build()));
    }
    this.chains = chainList.build();
    this.unmanagedBuilding = new boolean[buildings.size()];
    this.partnerOfBuilding = new CompoundId[buildings.size()];
    for (int b = 0; b < buildings.size(); b++) {
      if (buildingCompound[b] >= 0) {
        Compound k = compounds.get(buildingCompound[b]);
        if (k.management() == io.github.gridgov.core.area.ManagementStatus.UNMANAGED) {
          unmanagedBuilding[b] = true;
          partnerOfBuilding[b] = k.partner().orElse(null);
        }
      }
    }
    this.responderTier = new byte[responders.size()];
    for (int r = 0; r < responderTier.length; r++) {
      responderTier[r] = (byte) responders.get(r).tier().ordinal();
    }
    for (Grid grid : grids) {
      for (ResponderId helper : grid.helpers()) {
        int r = responderIx.indexOf(helper.value());
        if (r >= 0) {
          responderTier[r] = (byte) Tier.GRID.ordinal();
        }
      }
    }
    this.coverage =
        new CoverageIndex(
            v.coverage,
            responderTier,
            buildingCompound,
            buildingGrid,
            gridCommunity,
            compoundCommunity,
            communityStreet);
    this.columns = ResponderColumns.of(responders);
    this.sizeLimits = v.sizeLimits;
    this.gridHouseholds = new int[grids.size()];
    this.communityHouseholds = new int[communities.size()];
    for (int b = 0; b < buildings.size(); b++) {
      int count = households.byBuildingStart[b + 1] - households.byBuildingStart[b];
      gridHouseholds[buildingGrid[b]] += count;
      communityHouseholds[gridCommunity[buildingGrid[b]]] += count;
    }
    ImmutableListMultimap.Builder<Skill, VolunteerTeam> bySkill = ImmutableListMultimap.builder();
    teams.stream()
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .forEach(t -> t.skills().stream().sorted().forEach(s -> bySkill.put(s, t)));
    this.teamsBySkill = bySkill.build();
    ImmutableListMultimap.Builder<CommunityId, VolunteerTeam> byCommunity =
        ImmutableListMultimap.builder();
    teams.stream()
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .forEach(t -> byCommunity.put(t.community(), t));
    this.teamsByCommunity = byCommunity.build();
    this.warnings = ImmutableList.copyOf(new Warnings(this).all());
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  // ---- collections ----------------------------------------------------------------------

  /** Every street, in the order added. */
  public List<Street> streets() {
    return streets;
  }

  /** Every community, in the order added. */
  public List<Community> communities() {
    return communities;
  }

  /** Every grid, in the order added. */
  public List<Grid> grids() {
    return grids;
  }

  /** Every compound, in the order added. */
  public List<Compound> compounds() {
    return compounds;
  }

  /** Every building, in the order added. */
  public List<Building> buildings() {
    return buildings;
  }

  /** Every resident, in the order added. */
  public List<Resident> residents() {
    return residents;
  }

  /** Every responder, in the order added. */
  public List<Responder> responders() {
    return responders;
  }

  /** Every volunteer team, in the order added. */
  public List<VolunteerTeam> teams() {
    return teams;
  }

  /** Every household, in the order added, each rebuilt as a value on the way out. */
  public Stream<Household> households() {
    return IntStream.range(0, households.size()).mapToObj(this::householdAt);
  }

  /** How many households there are. */
  public int householdCount() {
    return households.size();
  }

  /** Warnings found while building: size ranges, buildings without an active leader, … */
  public List<Problem> warnings() {
    return warnings;
  }

  /** The size limits the warnings used. */
  public SizeLimits sizeLimits() {
    return sizeLimits;
  }

  // ---- lookups by id --------------------------------------------------------------------

  /** The street {@code id}, if present. */
  public Optional<Street> street(StreetId id) {
    return find(streetRefs, streetIx, id);
  }

  /** The community {@code id}, if present. */
  public Optional<Community> community(CommunityId id) {
    return find(communityRefs, communityIx, id);
  }

  /** The grid {@code id}, if present. */
  public Optional<Grid> grid(GridId id) {
    return find(gridRefs, gridIx, id);
  }

  /** The compound {@code id}, if present. */
  public Optional<Compound> compound(CompoundId id) {
    return find(compoundRefs, compoundIx, id);
  }

  /** The building {@code id}, if present. */
  public Optional<Building> building(BuildingId id) {
    return find(buildingRefs, buildingIx, id);
  }

  /** The resident {@code id}, if present. */
  public Optional<Resident> resident(ResidentId id) {
    int i = residentIx.indexOf(id.value());
    return i < 0 ? Optional.empty() : Optional.of(residents.get(i));
  }

  /**
   * The tier {@code id} works at in this registry: its own {@link Responder#tier()}, except that a
   * member of a grid's helper group (帮帮团, the "N" of a 1+X+N grid — practice of 世联社区, tier C)
   * works at the {@link Tier#GRID} tier, beside the grid's workers; empty if the responder is not in
   * the registry.
   */
  public Optional<Tier> workingTier(ResponderId id) {
    int r = responderIx.indexOf(requireNonNull(id, "id").value());
    return r < 0 ? Optional.empty() : Optional.of(Tier.values()[responderTier[r]]);
  }

  /** The responder {@code id}, if present. */
  public Optional<Responder> responder(ResponderId id) {
    return find(responderRefs, responderIx, id);
  }

  /** The volunteer team {@code id}, if present. */
  public Optional<VolunteerTeam> team(TeamId id) {
    return find(teamRefs, teamIx, id);
  }

  /**
   * 关爱对象 — the care needs registered for household {@code id}; empty if it has none or is not
   * in the registry. Read from the compact columns: nothing is made when there are none.
   */
  public Set<CareNeed> careNeedsOf(HouseholdId id) {
    int h = households.ids.indexOf(requireNonNull(id, "id").value());
    return h < 0 ? Set.of() : households.careNeeds(h);
  }

  /** Whether household {@code id} has registered care needs; allocates nothing. */
  public boolean hasCareNeeds(HouseholdId id) {
    int h = households.ids.indexOf(requireNonNull(id, "id").value());
    return h >= 0 && households.care[h] != 0;
  }

  /** The household {@code id}, if present, rebuilt from the compact columns. */
  public Optional<Household> household(HouseholdId id) {
    int h = households.ids.indexOf(id.value());
    return h < 0 ? Optional.empty() : Optional.of(householdAt(h));
  }

  /**
   * 住址 — household {@code id}'s address: its building's {@link Building#address() address} (or,
   * without one, the building's compound and name), then its unit and room, e.g. {@code
   * 北京市朝阳区安贞街道安华里二区43号楼2单元301}; empty for an unknown household.
   */
  public Optional<String> addressOf(HouseholdId id) {
    int h = households.ids.indexOf(requireNonNull(id, "id").value());
    if (h < 0) {
      return Optional.empty();
    }
    Building b = buildings.get(households.building[h]);
    StringBuilder a = new StringBuilder();
    if (b.address().isPresent()) {
      a.append(b.address().get());
    } else {
      b.compound().flatMap(this::compound).ifPresent(c -> a.append(c.name()));
      a.append(b.name());
    }
    if (households.unit[h] >= 0) {
      a.append(households.pool[households.unit[h]]).append("单元");
    }
    return Optional.of(a.append(households.pool[households.room[h]]).toString());
  }

  private Household householdAt(int h) {
    return households.household(h, buildingIds, residentIx);
  }

  private static <T> Optional<T> find(List<Optional<T>> values, IdIndex index, Identifier id) {
    int i = index.indexOf(id.value());
    return i < 0 ? Optional.empty() : values.get(i);
  }

  private static <T> ImmutableList<Optional<T>> wrapped(List<T> values) {
    ImmutableList.Builder<Optional<T>> b = ImmutableList.builderWithExpectedSize(values.size());
    for (T v : values) {
      b.add(Optional.of(v));
    }
    return b.build();
  }

  // ---- the chain ------------------------------------------------------------------------

  /** The building of household {@code id}. */
  public Optional<BuildingId> buildingOf(HouseholdId id) {
    int h = households.ids.indexOf(id.value());
    return h < 0 ? Optional.empty() : buildingIdRefs.get(households.building[h]);
  }

  /** The current grid of building {@code id}. */
  public Optional<GridId> gridOf(BuildingId id) {
    int b = buildingIx.indexOf(id.value());
    return b < 0 ? Optional.empty() : gridIdRefs.get(buildingGrid[b]);
  }

  /** The community of grid {@code id}. */
  public Optional<CommunityId> communityOf(GridId id) {
    int g = gridIx.indexOf(id.value());
    return g < 0 ? Optional.empty() : communityIdRefs.get(gridCommunity[g]);
  }

  /** The street of community {@code id}. */
  public Optional<StreetId> streetOf(CommunityId id) {
    int c = communityIx.indexOf(id.value());
    return c < 0 ? Optional.empty() : streetIdRefs.get(communityStreet[c]);
  }

  /**
   * The chain household → building → compound → grid → community → street, a new value naming the
   * household; {@code buildingOf} then {@code chainOf(building)} give the same areas without
   * allocating.
   */
  public Optional<AreaChain> chainOf(HouseholdId id) {
    int h = households.ids.indexOf(id.value());
    return h < 0
        ? Optional.empty()
        : Optional.of(chain(households.building[h]).household(id).build());
  }

  /** The chain building → compound → grid → community → street: one value per building, made when built. */
  public Optional<AreaChain> chainOf(BuildingId id) {
    int b = buildingIx.indexOf(id.value());
    return b < 0 ? Optional.empty() : chains.get(b);
  }

  private ImmutableAreaChain.Builder chain(int b) {
    int g = buildingGrid[b];
    int c = gridCommunity[g];
    ImmutableAreaChain.Builder chain =
        ImmutableAreaChain.builder()
            .building(buildingIds[b])
            .grid(grids.get(g).id())
            .community(communities.get(c).id())
            .street(streets.get(communityStreet[c]).id());
    if (buildingCompound[b] >= 0) {
      chain.compound(compounds.get(buildingCompound[b]).id());
    }
    return chain;
  }

  /**
   * Whether {@code area} is in this jurisdiction: a building, compound, grid, community or street
   * it holds, or the whole district.
   */
  public boolean contains(AreaRef area) {
    requireNonNull(area, "area");
    return area.level() == AreaLevel.DISTRICT || indexOrMinus(area) >= 0;
  }

  /**
   * 所在区域 — the area {@code location} lies in: a household's building, or the location's own
   * area; empty if it is not in this jurisdiction.
   */
  public Optional<AreaRef> areaOf(io.github.gridgov.core.order.Location location) {
    requireNonNull(location, "location");
    if (location.household().isPresent()) {
      int h = households.ids.indexOf(location.household().get().value());
      return h < 0 ? Optional.empty() : buildingAreas.get(households.building[h]);
    }
    AreaRef area = location.area().get();
    return contains(area) ? Optional.of(area) : Optional.empty();
  }

  /**
   * The community {@code area} lies in: a building's, compound's or grid's community, or the
   * community itself; empty for a street, the district or an area not in this jurisdiction.
   */
  public Optional<CommunityId> communityOf(AreaRef area) {
    requireNonNull(area, "area");
    int i = area.level() == AreaLevel.DISTRICT ? -1 : indexOrMinus(area);
    if (i < 0) {
      return Optional.empty();
    }
    return switch (area.level()) {
      case BUILDING -> communityIdRefs.get(gridCommunity[buildingGrid[i]]);
      case COMPOUND -> communityIdRefs.get(compoundCommunity[i]);
      case GRID -> communityIdRefs.get(gridCommunity[i]);
      case COMMUNITY -> communityIdRefs.get(i);
      default -> Optional.empty();
    };
  }

  /** The grid that owned building {@code id} on {@code date}, from its grid history. */
  public Optional<GridId> gridOn(BuildingId id, LocalDate date) {
    requireNonNull(date, "date");
    return building(id).flatMap(b -> b.gridOn(date));
  }

  // ---- households by area ---------------------------------------------------------------

  /** The households of building {@code id}, rebuilt as values; empty for an unknown building. */
  public List<Household> householdsIn(BuildingId id) {
    int b = buildingIx.indexOf(id.value());
    if (b < 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Household> out = ImmutableList.builder();
    for (int i = households.byBuildingStart[b]; i < households.byBuildingStart[b + 1]; i++) {
      out.add(householdAt(households.byBuilding[i]));
    }
    return out.build();
  }

  /**
   * How many households lie in {@code area} (a building, compound, grid, community, street or the
   * whole jurisdiction), by each building's current grid.
   *
   * @throws IllegalArgumentException if the area is not in this jurisdiction
   */
  public int householdCount(AreaRef area) {
    int index = indexOf(area);
    switch (area.level()) {
      case BUILDING -> {
        return households.byBuildingStart[index + 1] - households.byBuildingStart[index];
      }
      case GRID -> {
        return gridHouseholds[index];
      }
      case COMMUNITY -> {
        return communityHouseholds[index];
      }
      case DISTRICT -> {
        return households.size();
      }
      default -> {
        int count = 0;
        for (int b = 0; b < buildingIds.length; b++) {
          boolean inside =
              area.level() == AreaLevel.COMPOUND
                  ? buildingCompound[b] == index
                  : communityStreet[gridCommunity[buildingGrid[b]]] == index;
          if (inside) {
            count += households.byBuildingStart[b + 1] - households.byBuildingStart[b];
          }
        }
        return count;
      }
    }
  }

  // ---- responders and teams -------------------------------------------------------------

  /**
   * The responders working at {@code tier} ({@link #workingTier}) whose coverage includes {@code area} or an area that
   * contains it, closest coverage first (the area itself, then its compound, grid, community,
   * street, district), by id within each; each responder once, at its closest coverage.
   *
   * @throws IllegalArgumentException if the area is not in this jurisdiction
   */
  public List<Responder> respondersCovering(AreaRef area, Tier tier) {
    ImmutableList.Builder<Responder> out = ImmutableList.builder();
    forEachCovering(area, tier, (responder, through) -> out.add(responder));
    return out.build();
  }

  /**
   * Visits the responders working at {@code tier} whose coverage includes {@code area} or an area
   * that contains it, in the order of {@link #respondersCovering}, each once, with the level of
   * the closest covered area through which it reaches {@code area} (the area's own level when it
   * covers the area itself). For callers that rank candidates by closeness without building lists.
   *
   * @throws IllegalArgumentException if the area is not in this jurisdiction
   */
  public void forEachCovering(AreaRef area, Tier tier, CoveringVisitor visitor) {
    requireNonNull(visitor, "visitor");
    requireNonNull(tier, "tier");
    coverage.visit(
        area.level(),
        indexOf(area),
        tier,
        (r, through) -> {
          visitor.visit(responders.get(r), through);
          return true;
        });
  }

  /**
   * Whether a responder working at {@code tier} whose coverage includes {@code area} or an area
   * containing it satisfies {@code test}; stops at the first that does.
   *
   * @throws IllegalArgumentException if the area is not in this jurisdiction
   */
  public boolean anyCovering(
      AreaRef area, Tier tier, java.util.function.Predicate<Responder> test) {
    requireNonNull(test, "test");
    requireNonNull(tier, "tier");
    return coverage.visit(
        area.level(), indexOf(area), tier, (r, through) -> !test.test(responders.get(r)));
  }

  /** Receives the responders of {@link #forEachCovering}. */
  @FunctionalInterface
  public interface CoveringVisitor {
    /** One responder, and the level of the closest area through which it covers the area asked about. */
    void visit(Responder responder, AreaLevel through);
  }

  /** 楼栋长 — the leader of building {@code id}, if it has one. */
  public Optional<Responder> buildingLeader(BuildingId id) {
    return building(id).flatMap(Building::leader).flatMap(this::responder);
  }

  /** The teams offering {@code skill}, by team id. */
  public List<VolunteerTeam> teamsWithSkill(Skill skill) {
    return teamsBySkill.get(requireNonNull(skill, "skill"));
  }

  /** The volunteer teams of community {@code community}, by team id. */
  public List<VolunteerTeam> teamsOf(CommunityId community) {
    return teamsByCommunity.get(requireNonNull(community, "community"));
  }

  /** The teams of community {@code community} offering {@code skill}, by team id. */
  public List<VolunteerTeam> teamsWithSkill(Skill skill, CommunityId community) {
    requireNonNull(community, "community");
    return teamsBySkill.get(requireNonNull(skill, "skill")).stream()
        .filter(t -> t.community().equals(community))
        .collect(ImmutableList.toImmutableList());
  }

  // ---- internals ------------------------------------------------------------------------

  private int indexOf(AreaRef area) {
    requireNonNull(area, "area");
    int i = area.level() == AreaLevel.DISTRICT ? 0 : indexOrMinus(area);
    checkArgument(i >= 0, "Cannot look up area %s: it is not in this jurisdiction", area);
    return i;
  }

  /** The index of {@code area} at its level, or -1 if it is not here; 0 for the district. */
  private int indexOrMinus(AreaRef area) {

    int i =
        switch (area.level()) {
          case BUILDING -> buildingIx.indexOf(area.id().get().value());
          case COMPOUND -> compoundIx.indexOf(area.id().get().value());
          case GRID -> gridIx.indexOf(area.id().get().value());
          case COMMUNITY -> communityIx.indexOf(area.id().get().value());
          case STREET -> streetIx.indexOf(area.id().get().value());
          default -> 0;
        };
    return i;
  }

  /** Household count of building {@code b}; for warnings. */
  int householdsOfBuilding(int b) {
    return households.byBuildingStart[b + 1] - households.byBuildingStart[b];
  }

  int householdsOfGrid(int g) {
    return gridHouseholds[g];
  }

  int householdsOfCommunity(int c) {
    return communityHouseholds[c];
  }

  /** The bytes the household columns hold; see {@link HouseholdTable#retainedBytes()}. */
  long householdStorageBytes() {
    return households.retainedBytes();
  }

  static AreaLevel[] levels() {
    return LEVELS;
  }

  static org.slf4j.Logger log() {
    return LOG;
  }

  /**
   * Builds a {@link Jurisdiction}. Add everything in any order; {@link #build()} checks the whole
   * graph at once. Not thread-safe; one builder builds one registry.
   */
  public static final class Builder {
    private final List<Street> streets = new ArrayList<>();
    private final List<Community> communities = new ArrayList<>();
    private final List<Grid> grids = new ArrayList<>();
    private final List<Compound> compounds = new ArrayList<>();
    private final List<Building> buildings = new ArrayList<>();
    private final List<Household> households = new ArrayList<>();
    private final List<Resident> residents = new ArrayList<>();
    private final List<Responder> responders = new ArrayList<>();
    private final List<VolunteerTeam> teams = new ArrayList<>();
    private SizeLimits sizeLimits = SizeLimits.standard();

    private Builder() {}

    /** Adds a street. */
    public Builder addStreet(Street street) {
      streets.add(requireNonNull(street, "street"));
      return this;
    }

    /** Adds a community. */
    public Builder addCommunity(Community community) {
      communities.add(requireNonNull(community, "community"));
      return this;
    }

    /** Adds a grid. */
    public Builder addGrid(Grid grid) {
      grids.add(requireNonNull(grid, "grid"));
      return this;
    }

    /** Adds a compound. */
    public Builder addCompound(Compound compound) {
      compounds.add(requireNonNull(compound, "compound"));
      return this;
    }

    /** Adds a building. */
    public Builder addBuilding(Building building) {
      buildings.add(requireNonNull(building, "building"));
      return this;
    }

    /** Adds a household. */
    public Builder addHousehold(Household household) {
      households.add(requireNonNull(household, "household"));
      return this;
    }

    /** Adds households. */
    public Builder addHouseholds(Iterable<Household> all) {
      all.forEach(this::addHousehold);
      return this;
    }

    /** Adds a resident. */
    public Builder addResident(Resident resident) {
      residents.add(requireNonNull(resident, "resident"));
      return this;
    }

    /** Adds residents. */
    public Builder addResidents(Iterable<Resident> all) {
      all.forEach(this::addResident);
      return this;
    }

    /** Adds a responder. */
    public Builder addResponder(Responder responder) {
      responders.add(requireNonNull(responder, "responder"));
      return this;
    }

    /** Adds a volunteer team. */
    public Builder addTeam(VolunteerTeam team) {
      teams.add(requireNonNull(team, "team"));
      return this;
    }

    /** Sets the size limits for the warnings; {@link SizeLimits#standard()} unless set. */
    public Builder sizeLimits(SizeLimits limits) {
      this.sizeLimits = requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Validates everything added and builds the registry.
     *
     * @throws JurisdictionValidationException listing every problem, if there is any; nothing
     *     is built then
     */
    public Jurisdiction build() {
      Validation v =
          new Validation(
              streets,
              communities,
              grids,
              compounds,
              buildings,
              households,
              residents,
              responders,
              teams,
              sizeLimits);
      List<Problem> errors = v.run();
      if (!errors.isEmpty()) {
        LOG.debug(
            "Jurisdiction rejected with {} problems; first: {}", errors.size(), errors.get(0));
        throw new JurisdictionValidationException(errors);
      }
      Jurisdiction j = new Jurisdiction(v);
      LOG.debug(
          "Jurisdiction built: {} streets, {} communities, {} grids, {} buildings, "
              + "{} households, {} residents, {} responders, {} teams, {} warnings",
          streets.size(),
          communities.size(),
          grids.size(),
          buildings.size(),
          households.size(),
          residents.size(),
          responders.size(),
          teams.size(),
          j.warnings.size());
      return j;
    }
  }
}
