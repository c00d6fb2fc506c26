package io.github.gridgov.core.registry;

import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.Validity;
import io.github.gridgov.core.internal.IdIndex;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.Membership;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry's households turned into columns ({@link HouseholdTable}), a job of its own: their
 * ids indexed (on another core in a large registry), buildings and members resolved, units and
 * rooms pooled, and no two households in one dwelling. Problems are appended to the registry's
 * list in the order one in-line pass finds them. Not API.
 */
final class HouseholdColumns {
  private final List<Household> households;
  private final List<Building> buildings;
  private final IdIndex buildingIx;
  private final IdIndex residentIx;
  private final boolean parallel;
  private final List<Problem> problems;

  /**
   * Columns for {@code households} over the registry's indexes of buildings and residents; with
   * {@code parallel}, the household ids are indexed on the common fork-join pool meanwhile.
   */
  HouseholdColumns(
      List<Household> households,
      List<Building> buildings,
      IdIndex buildingIx,
      IdIndex residentIx,
      boolean parallel,
      List<Problem> problems) {
    this.households = households;
    this.buildings = buildings;
    this.buildingIx = buildingIx;
    this.residentIx = residentIx;
    this.parallel = parallel;
    this.problems = problems;
  }

  /** The households' id index, and the duplicated ids' problems with the household each is of. */
  private record HouseholdIds(IdIndex ids, List<Integer> duplicateAt, List<Problem> duplicates) {}

  private HouseholdIds householdIds() {
    IdIndex ids = new IdIndex(households.size());
    List<Integer> at = new ArrayList<>();
    List<Problem> duplicates = new ArrayList<>();
    for (int h = 0; h < households.size(); h++) {
      String id = households.get(h).id().value();
      if (ids.add(id) < 0) {
        at.add(h);
        duplicates.add(
            Problem.error(
                Validation.DUPLICATE_ID,
                "HOUSEHOLD:" + id,
                "Cannot add household " + id + ": the id is used twice"));
      }
    }
    return new HouseholdIds(ids.freeze(), at, duplicates);
  }

  HouseholdTable table() {
    int n = households.size();
    // The households' ids are indexed on another core in a large registry while this one resolves
    // their buildings and members: the two read different tables, and a duplicate's problem is put
    // back where the in-line loop lists it (before the other problems of its household).
    java.util.concurrent.ForkJoinTask<HouseholdIds> idsTask =
        java.util.concurrent.ForkJoinTask.adapt(this::householdIds);
    if (parallel) {
      java.util.concurrent.ForkJoinPool.commonPool().execute(idsTask);
    }
    int problemsAt = problems.size();
    List<Integer> problemOf = new ArrayList<>();
    int[] building = new int[n];
    int[] unit = new int[n];
    int[] room = new int[n];
    byte[] occupancy = new byte[n];
    int[] care = new int[n];
    int[] memberStart = new int[n + 1];
    int memberCount = 0;
    for (Household h : households) {
      memberCount += h.members().size();
    }
    int[] memberResident = new int[memberCount];
    byte[] memberKind = new byte[memberCount];
    List<Integer> datedMembers = new ArrayList<>();
    List<Validity> datedValidity = new ArrayList<>();
    java.util.BitSet dangling = new java.util.BitSet();
    Map<String, Integer> poolIndex = new HashMap<>();
    List<String> pool = new ArrayList<>();
    int m = 0;
    for (int h = 0; h < n; h++) {
      Household household = households.get(h);
      String id = household.id().value();
      int problemsBefore = problems.size();
      int b = buildingIx.indexOf(household.building().value());
      if (b < 0) {
        problems.add(
            Validation.unknownReference("HOUSEHOLD:" + id, "building", household.building()));
        dangling.set(h);
        b = 0;
      }
      building[h] = b;
      unit[h] = household.unit().isPresent() ? pooled(household.unit().get(), poolIndex, pool) : -1;
      room[h] = pooled(household.room(), poolIndex, pool);
      occupancy[h] = (byte) household.occupancy().ordinal();
      care[h] = HouseholdTable.careMask(household.careNeeds());
      memberStart[h] = m;
      for (Membership member : household.members()) {
        int r = residentIx.indexOf(member.resident().value());
        if (r < 0) {
          problems.add(
              Validation.unknownReference("HOUSEHOLD:" + id, "members", member.resident()));
          r = 0;
        }
        memberResident[m] = r;
        memberKind[m] = (byte) member.kind().ordinal();
        if (!member.validity().equals(Validity.always())) {
          datedMembers.add(m);
          datedValidity.add(member.validity());
        }
        m++;
      }
      for (int k = problemsBefore; k < problems.size(); k++) {
        problemOf.add(h);
      }
    }
    memberStart[n] = m;
    HouseholdIds ids = parallel ? idsTask.join() : householdIds();
    mergeDuplicates(problemsAt, problemOf, ids);
    HouseholdTable table =
        new HouseholdTable(
            ids.ids(),
            building,
            unit,
            room,
            pool.toArray(new String[0]),
            occupancy,
            care,
            memberStart,
            memberResident,
            memberKind,
            datedMembers.stream().mapToInt(Integer::intValue).toArray(),
            datedValidity.toArray(new Validity[0]),
            buildings.size());
    checkDwellings(table, dangling);
    return table;
  }

  /**
   * Puts the duplicated households' problems among those the household loop listed from {@code
   * from} on, each before the other problems of its household, as one in-line loop lists them.
   */
  private void mergeDuplicates(int from, List<Integer> problemOf, HouseholdIds ids) {
    if (ids.duplicates().isEmpty()) {
      return;
    }
    List<Problem> listed = problems.subList(from, problems.size());
    List<Problem> own = new ArrayList<>(listed);
    listed.clear();
    int d = 0;
    for (int k = 0; k < own.size(); k++) {
      while (d < ids.duplicates().size() && ids.duplicateAt().get(d) <= problemOf.get(k)) {
        problems.add(ids.duplicates().get(d++));
      }
      problems.add(own.get(k));
    }
    problems.addAll(ids.duplicates().subList(d, ids.duplicates().size()));
  }

  private static int pooled(String s, Map<String, Integer> index, List<String> pool) {
    Integer i = index.get(s);
    if (i == null) {
      i = pool.size();
      pool.add(s);
      index.put(s, i);
    }
    return i;
  }

  /** Two households in one dwelling (same building, unit and room) is an error. */
  private void checkDwellings(HouseholdTable t, java.util.BitSet dangling) {
    for (int b = 0; b < buildings.size(); b++) {
      int from = t.byBuildingStart[b];
      int to = t.byBuildingStart[b + 1];
      if (to - from < 2) {
        continue;
      }
      long[] keys = new long[to - from];
      int k = 0;
      for (int i = from; i < to; i++) {
        int h = t.byBuilding[i];
        if (!dangling.get(h)) {
          keys[k++] = ((long) (t.unit[h] + 1) << 32) | t.room[h];
        }
      }
      keys = Arrays.copyOf(keys, k);
      Arrays.sort(keys);
      for (int i = 1; i < keys.length; i++) {
        if (keys[i] == keys[i - 1] && (i == 1 || keys[i - 2] != keys[i])) {
          int u = (int) (keys[i] >>> 32) - 1;
          String dwelling =
              (u < 0 ? "" : "unit " + t.pool[u] + " ") + "room " + t.pool[(int) keys[i]];
          problems.add(
              Problem.error(
                  Validation.DUPLICATE_DWELLING,
                  "BUILDING:" + buildings.get(b).id(),
                  "Cannot add two households in building "
                      + buildings.get(b).id()
                      + ", "
                      + dwelling
                      + ": a dwelling has one household"));
        }
      }
    }
  }
}
