package io.github.gridgov.core.registry;

import io.github.gridgov.core.Identifier;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.Community;
import io.github.gridgov.core.area.Compound;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.area.GridAssignment;
import io.github.gridgov.core.area.ManagementStatus;
import io.github.gridgov.core.area.Street;
import io.github.gridgov.core.internal.IdIndex;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.VolunteerTeam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One pass over everything a builder was given: indexes it, checks every reference and the
 * coverage, and collects every problem; the households' columns ({@link HouseholdColumns}) and the
 * ID numbers ({@link IdNumbers}) are jobs of their own that it calls. Not API.
 */
final class Validation {
  static final String DUPLICATE_ID = "registry.duplicate-id";
  static final String UNKNOWN_REFERENCE = "registry.unknown-reference";
  static final String GRID_COMMUNITY_MISMATCH = "registry.grid-community-mismatch";
  static final String PARTNER_COMPOUND = "registry.partner-compound";
  static final String DUPLICATE_DWELLING = "registry.duplicate-dwelling";
  static final String DUPLICATE_ID_NUMBER = "registry.duplicate-id-number";

  final List<Street> streets;
  final List<Community> communities;
  final List<Grid> grids;
  final List<Compound> compounds;
  final List<Building> buildings;
  final List<Household> households;
  final List<Resident> residents;
  final List<Responder> responders;
  final List<VolunteerTeam> teams;
  final SizeLimits sizeLimits;
  final List<Problem> problems = new ArrayList<>();

  /**
   * From how many residents the ID numbers are checked on another core (the common fork-join
   * pool) while the rest of the registry is checked; below it, in line. Ours: a thread hand-over
   * costs more than checking a small registry's numbers.
   */
  static final int PARALLEL_FROM = 50_000;

  IdIndex streetIx;
  IdIndex communityIx;
  IdIndex gridIx;
  IdIndex compoundIx;
  IdIndex buildingIx;
  IdIndex residentIx;
  IdIndex responderIx;
  IdIndex teamIx;
  int[] communityStreet;
  int[] gridCommunity;
  int[] buildingGrid;
  int[] buildingCompound;
  int[] compoundCommunity;
  int[][][] coverage;
  HouseholdTable householdTable;

  Validation(
      List<Street> streets,
      List<Community> communities,
      List<Grid> grids,
      List<Compound> compounds,
      List<Building> buildings,
      List<Household> households,
      List<Resident> residents,
      List<Responder> responders,
      List<VolunteerTeam> teams,
      SizeLimits sizeLimits) {
    this.streets = streets;
    this.communities = communities;
    this.grids = grids;
    this.compounds = compounds;
    this.buildings = buildings;
    this.households = households;
    this.residents = residents;
    this.responders = responders;
    this.teams = teams;
    this.sizeLimits = sizeLimits;
  }

  List<Problem> run() {
    streetIx = index(streets, Street::id, "STREET");
    communityIx = index(communities, Community::id, "COMMUNITY");
    gridIx = index(grids, Grid::id, "GRID");
    compoundIx = index(compounds, Compound::id, "COMPOUND");
    buildingIx = index(buildings, Building::id, "BUILDING");
    residentIx = index(residents, Resident::id, "RESIDENT");
    responderIx = index(responders, Responder::id, "RESPONDER");
    teamIx = index(teams, VolunteerTeam::id, "TEAM");

    communityStreet = new int[communities.size()];
    for (int i = 0; i < communities.size(); i++) {
      Community c = communities.get(i);
      communityStreet[i] = ref(streetIx, c.street(), "COMMUNITY:" + c.id(), "street");
    }
    gridCommunity = new int[grids.size()];
    for (int i = 0; i < grids.size(); i++) {
      checkGrid(i);
    }
    compoundCommunity = new int[compounds.size()];
    for (int i = 0; i < compounds.size(); i++) {
      checkCompound(i);
    }
    buildingGrid = new int[buildings.size()];
    buildingCompound = new int[buildings.size()];
    for (int i = 0; i < buildings.size(); i++) {
      checkBuilding(i);
    }
    // The ID numbers are checked on another core while this one goes on: they touch nothing the
    // rest reads or writes, and their problems are put back in their place in the list.
    java.util.concurrent.CompletableFuture<List<Problem>> idNumbers =
        residents.size() < PARALLEL_FROM
            ? java.util.concurrent.CompletableFuture.completedFuture(
                IdNumbers.duplicates(residents))
            : java.util.concurrent.CompletableFuture.supplyAsync(
                () -> IdNumbers.duplicates(residents));
    int idNumbersAt = problems.size();
    coverage = coverage();
    for (VolunteerTeam t : teams) {
      String subject = "TEAM:" + t.id();
      ref(communityIx, t.community(), subject, "community");
      t.members().forEach(m -> ref(responderIx, m, subject, "members"));
    }
    householdTable =
        buildings.isEmpty() && !households.isEmpty()
            ? null
            : new HouseholdColumns(
                    households,
                    buildings,
                    buildingIx,
                    residentIx,
                    residents.size() >= PARALLEL_FROM,
                    problems)
                .table();
    if (householdTable == null) {
      for (Household h : households) {
        unknown("HOUSEHOLD:" + h.id(), "building", h.building());
      }
    }
    try {
      problems.addAll(idNumbersAt, idNumbers.join());
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
    return problems;
  }

  /**
   * Ids added twice, as {@code KIND:id}: a reference to one of them is ambiguous, so no problem is
   * derived from the object it would resolve to (it might be the other one).
   */
  private final java.util.Set<String> ambiguous = new java.util.HashSet<>();

  private <T> IdIndex index(List<T> values, Function<T, Identifier> id, String kind) {
    IdIndex ix = new IdIndex(values.size());
    for (T value : values) {
      Identifier i = id.apply(value);
      if (ix.add(i.value()) < 0) {
        ambiguous.add(kind + ":" + i);
        problems.add(
            Problem.error(
                DUPLICATE_ID,
                kind + ":" + i,
                "Cannot add "
                    + kind.toLowerCase(java.util.Locale.ROOT)
                    + " "
                    + i
                    + ": the id is used twice"));
      }
    }
    return ix;
  }

  /** The index of {@code id} in {@code ix}, or 0 after recording a problem (the build fails anyway). */
  private int ref(IdIndex ix, Identifier id, String subject, String field) {
    int i = ix.indexOf(id.value());
    if (i < 0) {
      unknown(subject, field, id);
      return 0;
    }
    return i;
  }

  private void unknown(String subject, String field, Identifier id) {
    problems.add(unknownReference(subject, field, id));
  }

  /** The problem of {@code subject}'s {@code field} naming {@code id}, which is not in the registry. */
  static Problem unknownReference(String subject, String field, Identifier id) {
    return Problem.error(
        UNKNOWN_REFERENCE,
        subject,
        "Cannot add "
            + subject
            + ": "
            + field
            + " refers to "
            + id.getClass().getSimpleName()
            + " "
            + id
            + ", which is not in the registry");
  }

  private void checkGrid(int i) {
    Grid g = grids.get(i);
    String subject = "GRID:" + g.id();
    gridCommunity[i] = ref(communityIx, g.community(), subject, "community");
    g.leader().ifPresent(r -> ref(responderIx, r, subject, "leader"));
    g.workers().forEach(r -> ref(responderIx, r, subject, "workers"));
    g.partTimeWorkers().forEach(r -> ref(responderIx, r, subject, "partTimeWorkers"));
    g.helpers().forEach(r -> ref(responderIx, r, subject, "helpers"));
  }

  private void checkCompound(int i) {
    Compound c = compounds.get(i);
    String subject = "COMPOUND:" + c.id();
    compoundCommunity[i] = ref(communityIx, c.community(), subject, "community");
    c.partner()
        .ifPresent(
            p -> {
              int pi = ref(compoundIx, p, subject, "partner");
              if (compoundIx.indexOf(p.value()) >= 0 && !ambiguous.contains("COMPOUND:" + p)) {
                Compound partner = compounds.get(pi);
                if (partner.management() == ManagementStatus.UNMANAGED) {
                  problems.add(
                      Problem.error(
                          PARTNER_COMPOUND,
                          subject,
                          "Cannot pair compound "
                              + c.id()
                              + " with "
                              + p
                              + ": the partner is itself UNMANAGED and has no responders to lend"));
                }
                if (!partner.community().equals(c.community())) {
                  problems.add(
                      Problem.error(
                          PARTNER_COMPOUND,
                          subject,
                          "Cannot pair compound "
                              + c.id()
                              + " with "
                              + p
                              + ": the partner lies in community "
                              + partner.community()
                              + ", not "
                              + c.community()));
                }
              }
            });
  }

  private void checkBuilding(int i) {
    Building b = buildings.get(i);
    String subject = "BUILDING:" + b.id();
    for (GridAssignment a : b.gridAssignments()) {
      ref(gridIx, a.grid(), subject, "gridAssignments");
    }
    buildingGrid[i] = ref(gridIx, b.grid(), subject, "grid");
    buildingCompound[i] = b.compound().map(c -> ref(compoundIx, c, subject, "compound")).orElse(-1);
    b.leader().ifPresent(r -> ref(responderIx, r, subject, "leader"));
    b.unitLeaders().values().forEach(r -> ref(responderIx, r, subject, "unitLeaders"));
    if (b.compound().isPresent()
        && compoundIx.indexOf(b.compound().get().value()) >= 0
        && gridIx.indexOf(b.grid().value()) >= 0
        && !ambiguous.contains("COMPOUND:" + b.compound().get())
        && !ambiguous.contains("GRID:" + b.grid())) {
      Compound compound = compounds.get(buildingCompound[i]);
      Grid grid = grids.get(buildingGrid[i]);
      if (!compound.community().equals(grid.community())) {
        problems.add(
            Problem.error(
                GRID_COMMUNITY_MISMATCH,
                subject,
                "Cannot place building "
                    + b.id()
                    + " in grid "
                    + grid.id()
                    + ": the grid lies in community "
                    + grid.community()
                    + " but the building's compound "
                    + compound.id()
                    + " lies in "
                    + compound.community()));
      }
    }
  }

  private int[][][] coverage() {
    AreaLevel[] levels = Jurisdiction.levels();
    int[][] counts = new int[levels.length][];
    for (AreaLevel level : levels) {
      counts[level.ordinal()] = new int[sizeOf(level)];
    }
    int[][] resolved = new int[responders.size()][];
    for (int r = 0; r < responders.size(); r++) {
      Responder responder = responders.get(r);
      String subject = "RESPONDER:" + responder.id();
      responder.resident().ifPresent(res -> ref(residentIx, res, subject, "resident"));
      int[] areas = new int[responder.coverage().size()];
      int k = 0;
      for (AreaRef area : responder.coverage()) {
        int index = areaIndex(area);
        if (index < 0) {
          problems.add(
              Problem.error(
                  UNKNOWN_REFERENCE,
                  subject,
                  "Cannot add "
                      + subject
                      + ": coverage names area "
                      + area
                      + ", which is not in the registry"));
          areas[k++] = -1;
        } else {
          counts[area.level().ordinal()][index]++;
          areas[k++] = area.level().ordinal() << 24 | index;
        }
      }
      resolved[r] = areas;
    }
    int[][][] lists = new int[levels.length][][];
    int[][] fill = new int[levels.length][];
    for (AreaLevel level : levels) {
      int[] c = counts[level.ordinal()];
      lists[level.ordinal()] = new int[c.length][];
      fill[level.ordinal()] = new int[c.length];
      for (int a = 0; a < c.length; a++) {
        lists[level.ordinal()][a] = new int[c[a]];
      }
    }
    Integer[] byId = new Integer[responders.size()];
    Arrays.setAll(byId, i -> i);
    Arrays.sort(byId, Comparator.comparing((Integer r) -> responders.get(r).id()));
    for (int r : byId) {
      for (int packed : resolved[r]) {
        if (packed >= 0) {
          int level = packed >>> 24;
          int index = packed & 0xFFFFFF;
          lists[level][index][fill[level][index]++] = r;
        }
      }
    }
    return lists;
  }

  private int sizeOf(AreaLevel level) {
    return switch (level) {
      case BUILDING -> buildings.size();
      case COMPOUND -> compounds.size();
      case GRID -> grids.size();
      case COMMUNITY -> communities.size();
      case STREET -> streets.size();
      default -> 1;
    };
  }

  private int areaIndex(AreaRef area) {
    return switch (area.level()) {
      case BUILDING -> buildingIx.indexOf(area.id().get().value());
      case COMPOUND -> compoundIx.indexOf(area.id().get().value());
      case GRID -> gridIx.indexOf(area.id().get().value());
      case COMMUNITY -> communityIx.indexOf(area.id().get().value());
      case STREET -> streetIx.indexOf(area.id().get().value());
      default -> 0;
    };
  }
}
