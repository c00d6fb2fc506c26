package io.github.gridgov.core.registry;

import static io.github.gridgov.core.registry.RegistrySamples.district;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.people.CareNeed;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("户 in columns — the registry's household table")
class HouseholdTableTest {

  @Test
  @DisplayName("an array takes a 16-byte header and its elements, rounded up to 8 bytes")
  void arrayBytes() {
    assertThat(HouseholdTable.arr(0, 4)).isEqualTo(16);
    assertThat(HouseholdTable.arr(1, 1)).isEqualTo(24);
    assertThat(HouseholdTable.arr(2, 4)).isEqualTo(24);
    assertThat(HouseholdTable.arr(3, 4)).isEqualTo(32);
    assertThat(HouseholdTable.arr(5, 4)).isEqualTo(40);
    assertThat(HouseholdTable.arr(1_000, 8)).isEqualTo(8_016);
  }

  @Test
  @DisplayName("every set of care needs survives its bitmask")
  void careMaskRoundTrip() {
    CareNeed[] all = CareNeed.values();
    for (int bits = 0; bits < 1 << all.length; bits++) {
      EnumSet<CareNeed> needs = EnumSet.noneOf(CareNeed.class);
      for (CareNeed c : all) {
        if ((bits & 1 << c.ordinal()) != 0) {
          needs.add(c);
        }
      }
      assertThat(HouseholdTable.careMask(needs)).isEqualTo(bits);
    }
    assertThat(HouseholdTable.careMask(Set.of())).isZero();
  }

  @Test
  @DisplayName(
      "the sample's five households hold exactly 1,080 bytes, counted from the array lengths")
  void retainedBytesOfTheSample() {
    // building, unit, room, care: int[5] = 40 each; occupancy byte[5] = 24; memberStart int[6] =
    // 40;
    // 7 members: int[7] = 48 and byte[7] = 24; one dated membership: int[1] = 24, Validity[1] = 24
    // and the Validity itself 24; byBuildingStart int[4] = 32; byBuilding int[5] = 40 -> 480.
    // Pool String[5] = 40 and "2", "1" at 48, "301", "401", "101" at 56 each -> 264.
    // Ids: 46 bytes -> 64, offsets int[6] -> 40, 16 hash slots -> 144, the hash table 32, the
    // index 40 and its key test 16 -> 336.
    assertThat(district().build().householdStorageBytes()).isEqualTo(480 + 264 + 336);
  }
}
