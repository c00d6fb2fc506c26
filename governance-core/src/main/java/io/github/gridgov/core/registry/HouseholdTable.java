package io.github.gridgov.core.registry;

import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.Validity;
import io.github.gridgov.core.internal.IdIndex;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.Membership;
import io.github.gridgov.core.people.MembershipKind;
import io.github.gridgov.core.people.Occupancy;
import io.github.gridgov.core.people.ResidentId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Households in columns: dense int indexes, primitive arrays, a care-need bitmask, pooled unit
 * and room strings, members in compressed-row form, and the rare dated membership kept sparse.
 * At most 128 bytes a household for typical data, held by a test (see {@link #retainedBytes()}). Read-only once
 * built. Not API.
 */
final class HouseholdTable {
  private static final Occupancy[] OCCUPANCIES = Occupancy.values();
  private static final CareNeed[] CARE_NEEDS = CareNeed.values();
  private static final MembershipKind[] KINDS = MembershipKind.values();

  final IdIndex ids;
  final int[] building;
  final int[] unit;
  final int[] room;
  final String[] pool;
  final byte[] occupancy;
  final int[] care;
  final int[] memberStart;
  final int[] memberResident;
  final byte[] memberKind;
  final int[] datedMembers;
  final Validity[] datedValidity;
  final int[] byBuildingStart;
  final int[] byBuilding;

  HouseholdTable(
      IdIndex ids,
      int[] building,
      int[] unit,
      int[] room,
      String[] pool,
      byte[] occupancy,
      int[] care,
      int[] memberStart,
      int[] memberResident,
      byte[] memberKind,
      int[] datedMembers,
      Validity[] datedValidity,
      int buildingCount) {
    this.ids = ids;
    this.building = building;
    this.unit = unit;
    this.room = room;
    this.pool = pool;
    this.occupancy = occupancy;
    this.care = care;
    this.memberStart = memberStart;
    this.memberResident = memberResident;
    this.memberKind = memberKind;
    this.datedMembers = datedMembers;
    this.datedValidity = datedValidity;
    int n = building.length;
    byBuildingStart = new int[buildingCount + 1];
    for (int b : building) {
      byBuildingStart[b + 1]++;
    }
    for (int i = 0; i < buildingCount; i++) {
      byBuildingStart[i + 1] += byBuildingStart[i];
    }
    byBuilding = new int[n];
    int[] fill = Arrays.copyOf(byBuildingStart, buildingCount);
    for (int h = 0; h < n; h++) {
      byBuilding[fill[building[h]]++] = h;
    }
  }

  int size() {
    return building.length;
  }

  /** The care needs of household {@code h}, from its bitmask. */
  Set<CareNeed> careNeeds(int h) {
    int mask = care[h];
    if (mask == 0) {
      return Set.of();
    }
    EnumSet<CareNeed> needs = EnumSet.noneOf(CareNeed.class);
    for (CareNeed c : CARE_NEEDS) {
      if ((mask & (1 << c.ordinal())) != 0) {
        needs.add(c);
      }
    }
    return java.util.Collections.unmodifiableSet(needs);
  }

  static int careMask(Set<CareNeed> needs) {
    int mask = 0;
    for (CareNeed c : needs) {
      mask |= 1 << c.ordinal();
    }
    return mask;
  }

  /** Rebuilds the public value of household {@code h}. */
  Household household(int h, BuildingId[] buildingIds, IdIndex residentIds) {
    Household.Builder b =
        Household.builder()
            .id(HouseholdId.of(ids.idAt(h)))
            .building(buildingIds[building[h]])
            .room(pool[room[h]])
            .occupancy(OCCUPANCIES[occupancy[h]]);
    if (unit[h] >= 0) {
      b.unit(pool[unit[h]]);
    }
    if (care[h] != 0) {
      b.careNeeds(careNeeds(h));
    }
    for (int m = memberStart[h]; m < memberStart[h + 1]; m++) {
      int dated = Arrays.binarySearch(datedMembers, m);
      b.addMember(
          Membership.of(
              ResidentId.of(residentIds.idAt(memberResident[m])),
              KINDS[memberKind[m]],
              dated >= 0 ? datedValidity[dated] : Validity.always()));
    }
    return b.build();
  }

  /**
   * The bytes these columns hold, counted exactly from array lengths with 16-byte array headers
   * and 4-byte references (compressed oops); pooled strings and dated validities are counted,
   * the shared building ids are not (they belong to the buildings).
   */
  long retainedBytes() {
    long bytes =
        arr(building.length, 4)
            + arr(unit.length, 4)
            + arr(room.length, 4)
            + arr(occupancy.length, 1)
            + arr(care.length, 4)
            + arr(memberStart.length, 4)
            + arr(memberResident.length, 4)
            + arr(memberKind.length, 1)
            + arr(datedMembers.length, 4)
            + arr(datedValidity.length, 4)
            + datedValidity.length * 24L
            + arr(byBuildingStart.length, 4)
            + arr(byBuilding.length, 4)
            + arr(pool.length, 4)
            + ids.retainedBytes();
    for (String s : pool) {
      bytes += 24 + arr(s.length() * 3L, 1);
    }
    return bytes;
  }

  static long arr(long length, int elementSize) {
    return (16 + length * elementSize + 7) / 8 * 8;
  }
}
