package io.github.gridgov.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.people.ResponderId;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("areas: 街道, 社区, 网格, 小区, 楼栋")
class AreaModelTest {
  static final LocalDate D2024 = LocalDate.of(2024, 1, 1);
  static final LocalDate D2025 = LocalDate.of(2025, 1, 1);

  static void refused(Runnable r, String message) {
    assertThatThrownBy(r::run).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }

  @Nested
  @DisplayName("identifiers")
  class Identifiers {
    @Test
    @DisplayName("an id is 1-64 characters of [A-Za-z0-9._:-] and prints its raw value")
    void valid() {
      assertThat(GridId.of("G-01:a.b_c").toString()).isEqualTo("G-01:a.b_c");
      assertThat(GridId.of("x".repeat(64)).value()).hasSize(64);
    }

    @Test
    @DisplayName("blank, too long or non-ASCII ids are refused")
    void refusedIds() {
      refused(() -> GridId.of(""), "Cannot create GridId: value '' must not be blank");
      refused(
          () -> BuildingId.of("x".repeat(65)),
          "Cannot create BuildingId: value 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' must be at most 64 characters (was 65)");
      refused(
          () -> StreetId.of("金安"),
          "Cannot create StreetId: value '金安' must use only [A-Za-z0-9._:-] (found U+91D1 at index 0)");
      refused(
          () -> CommunityId.of("C 1"),
          "Cannot create CommunityId: value 'C 1' must use only [A-Za-z0-9._:-] (found U+0020 at index 1)");
    }

    @Test
    @DisplayName("ids of different types are never equal, and order by type then value")
    void typed() {
      assertThat((Object) GridId.of("X")).isNotEqualTo(BuildingId.of("X"));
      assertThat(GridId.of("A").compareTo(GridId.of("B"))).isNegative();
    }
  }

  @Nested
  @DisplayName("层级")
  class Tiers {
    @Test
    @DisplayName("the ladder goes 楼栋 → 网格 → 社区 → 街道 → 区职能部门 and stops at the top")
    void ladder() {
      assertThat(Tier.BUILDING.next()).contains(Tier.GRID);
      assertThat(Tier.STREET.next()).contains(Tier.DISTRICT);
      assertThat(Tier.DISTRICT.next()).isEmpty();
      assertThat(Tier.DISTRICT.isTop()).isTrue();
      assertThat(Tier.COMMUNITY.isAbove(Tier.GRID)).isTrue();
      assertThat(Tier.STREET.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("街道");
      assertThat(Tier.STREET.label(Locale.ENGLISH)).isEqualTo("street");
      assertThat(Tier.BUILDING.zh()).isEqualTo("楼栋");
      assertThat(Tier.DISTRICT.en()).isEqualTo("district department");
      assertThat(AreaLevel.of(Tier.GRID)).isEqualTo(AreaLevel.GRID);
      assertThat(AreaLevel.COMPOUND.tier()).isEmpty();
      assertThat(AreaLevel.of(Tier.DISTRICT).tier()).contains(Tier.DISTRICT);
    }
  }

  @Nested
  @DisplayName("codes")
  class Codes {
    @Test
    @DisplayName("a 12-digit statistical code splits 6+3+3 and names its kinds")
    void statistical() {
      StatisticalAreaCode c = StatisticalAreaCode.parse("341502002003");
      assertThat(c.countyCode()).isEqualTo("341502");
      assertThat(c.townshipNumber()).isEqualTo("002");
      assertThat(c.villageNumber()).isEqualTo("003");
      assertThat(c.townshipKind()).isEqualTo(StatisticalAreaCode.TownshipKind.STREET);
      assertThat(c.villageKind()).isEqualTo(StatisticalAreaCode.VillageKind.RESIDENTS_COMMITTEE);
      assertThat(c.township()).isEqualTo(StatisticalAreaCode.parse("341502002000"));
      assertThat(c.township().villageKind()).isEqualTo(StatisticalAreaCode.VillageKind.NONE);
      assertThat(StatisticalAreaCode.parse("341502150201").townshipKind())
          .isEqualTo(StatisticalAreaCode.TownshipKind.TOWN);
      assertThat(StatisticalAreaCode.parse("341502250201").villageKind())
          .isEqualTo(StatisticalAreaCode.VillageKind.VILLAGE_COMMITTEE);
      assertThat(StatisticalAreaCode.parse("341502450401").townshipKind())
          .isEqualTo(StatisticalAreaCode.TownshipKind.SPECIAL);
      assertThat(StatisticalAreaCode.parse("341502350401").townshipKind())
          .isEqualTo(StatisticalAreaCode.TownshipKind.TOWNSHIP);
      assertThat(StatisticalAreaCode.parse("341502350401").villageKind())
          .isEqualTo(StatisticalAreaCode.VillageKind.OTHER);
    }

    @Test
    @DisplayName("a statistical code of the wrong shape or township is refused")
    void statisticalRefused() {
      refused(
          () -> StatisticalAreaCode.parse("34150200200"),
          "Cannot create StatisticalAreaCode: value '34150200200' must be exactly 12 digits");
      refused(
          () -> StatisticalAreaCode.parse("341502000003"),
          "Cannot create StatisticalAreaCode: township '341502000003' must be a township number 001-599 (was 000)");
      refused(
          () -> StatisticalAreaCode.parse("341502600003"),
          "Cannot create StatisticalAreaCode: township '341502600003' must be a township number 001-599 (was 600)");
    }

    @Test
    @DisplayName("a 15-digit Beijing grid code splits 6+3+3+3")
    void beijing() {
      BeijingGridCode c = BeijingGridCode.parse("110105001002003");
      assertThat(c.districtCode()).isEqualTo("110105");
      assertThat(c.streetNumber()).isEqualTo("001");
      assertThat(c.communityNumber()).isEqualTo("002");
      assertThat(c.sequenceNumber()).isEqualTo("003");
      assertThat(c.communityCode()).isEqualTo(StatisticalAreaCode.parse("110105001002"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "110105000002003|street '110105000002003' must not be 000",
          "110105001000003|community '110105001000003' must not be 000",
          "110105001002000|sequence '110105001002000' must not be 000",
          "11010500100200|value '11010500100200' must be exactly 15 digits",
          "11010500100200a|value '11010500100200a' must be exactly 15 digits"
        })
    @DisplayName("a Beijing grid code with a 000 part or the wrong shape is refused")
    void beijingRefused(String code, String message) {
      refused(() -> BeijingGridCode.parse(code), "Cannot create BeijingGridCode: " + message);
    }
  }

  @Nested
  @DisplayName("有效期")
  class Validities {
    @Test
    @DisplayName("both ends are inclusive and either may be open")
    void inclusive() {
      Validity v = Validity.between(D2024, D2025);
      assertThat(v.contains(D2024)).isTrue();
      assertThat(v.contains(D2025)).isTrue();
      assertThat(v.contains(D2025.plusDays(1))).isFalse();
      assertThat(Validity.always().contains(D2024)).isTrue();
      assertThat(Validity.until(D2024).contains(D2024.minusDays(1))).isTrue();
      assertThat(Validity.from(D2025).overlaps(Validity.until(D2025))).isTrue();
      assertThat(Validity.from(D2025).overlaps(Validity.until(D2024))).isFalse();
      assertThat(v.toString()).isEqualTo("[2024-01-01..2025-01-01]");
    }

    @Test
    @DisplayName("an end before the start is refused")
    void endBeforeStart() {
      refused(
          () -> Validity.between(D2025, D2024),
          "Cannot create Validity: to '2024-01-01' must not be before from 2025-01-01");
    }
  }

  static Grid.Builder grid() {
    return Grid.builder().id(GridId.of("G-1")).name("第一网格").community(CommunityId.of("C-1"));
  }

  @Nested
  @DisplayName("网格")
  class Grids {
    @Test
    @DisplayName("keeps leader, workers, helper group and the public-notice fields")
    void fields() {
      Grid g =
          grid()
              .leader(ResponderId.of("R-L"))
              .addWorker(ResponderId.of("R-W"))
              .addPartTimeWorker(ResponderId.of("R-P"))
              .addHelper(ResponderId.of("R-H"))
              .areaDescription("丰安小区1-12栋")
              .supervisionPhone("0564-3377110")
              .build();
      assertThat(g.workers()).containsExactly(ResponderId.of("R-W"));
      assertThat(g.supervisionPhone()).contains("0564-3377110");
    }

    @Test
    @DisplayName("refuses a blank name, a bad supervision phone and repeated workers")
    void refusals() {
      refused(
          () -> grid().name(" ").build(),
          "Cannot create Grid: name '(1 character)' must not be blank");
      refused(
          () -> grid().name("网".repeat(101)).build(),
          "Cannot create Grid: name '(101 characters)' must be at most 100 characters");
      refused(
          () -> grid().supervisionPhone("call us").build(),
          "Cannot create Grid: supervisionPhone 'call us' must be 3-20 digits or '-'");
      refused(
          () -> grid().addWorker(ResponderId.of("R-1")).addWorker(ResponderId.of("R-1")).build(),
          "Cannot create Grid: workers '[R-1, R-1]' must not repeat a worker");
      refused(
          () ->
              grid()
                  .addWorker(ResponderId.of("R-1"))
                  .addPartTimeWorker(ResponderId.of("R-1"))
                  .build(),
          "Cannot create Grid: partTimeWorkers '[R-1]' must not repeat a full-time worker");
      refused(
          () -> grid().areaDescription("").build(),
          "Cannot create Grid: areaDescription '(0 characters)' must not be blank");
    }
  }

  @Nested
  @DisplayName("小区")
  class Compounds {
    static Compound.Builder compound() {
      return Compound.builder()
          .id(CompoundId.of("K-1"))
          .name("丰安小区")
          .community(CommunityId.of("C-1"));
    }

    @Test
    @DisplayName("only a managed compound names a property company; a partner is another compound")
    void rules() {
      assertThat(
              compound()
                  .management(ManagementStatus.MANAGED)
                  .propertyCompany("安居物业")
                  .build()
                  .propertyCompany())
          .contains("安居物业");
      refused(
          () -> compound().management(ManagementStatus.UNMANAGED).propertyCompany("安居物业").build(),
          "Cannot create Compound: propertyCompany '安居物业' is only allowed for a MANAGED compound (was UNMANAGED)");
      refused(
          () ->
              compound()
                  .management(ManagementStatus.UNMANAGED)
                  .partner(CompoundId.of("K-1"))
                  .build(),
          "Cannot create Compound: partner 'K-1' must not be the compound itself");
      refused(
          () -> compound().management(ManagementStatus.MANAGED).propertyCompany("").build(),
          "Cannot create Compound: propertyCompany '(0 characters)' must not be blank");
    }
  }

  @Nested
  @DisplayName("楼栋")
  class Buildings {
    static Building.Builder building() {
      return Building.builder().id(BuildingId.of("B-43")).name("43栋");
    }

    @Test
    @DisplayName("knows which grid owned it on a date")
    void gridHistory() {
      Building b =
          building()
              .addGridAssignment(
                  GridAssignment.of(GridId.of("G-old"), Validity.until(LocalDate.of(2024, 12, 31))))
              .addGridAssignment(GridAssignment.of(GridId.of("G-new"), Validity.from(D2025)))
              .build();
      assertThat(b.grid()).isEqualTo(GridId.of("G-new"));
      assertThat(b.gridOn(LocalDate.of(2024, 6, 1))).contains(GridId.of("G-old"));
      assertThat(b.gridOn(D2025)).contains(GridId.of("G-new"));
      assertThat(building().grid(GridId.of("G-1")).build().gridOn(D2024))
          .contains(GridId.of("G-1"));
      Building gap =
          building()
              .addGridAssignment(
                  GridAssignment.of(GridId.of("G-a"), Validity.until(LocalDate.of(2023, 12, 31))))
              .addGridAssignment(GridAssignment.of(GridId.of("G-b"), Validity.from(D2025)))
              .build();
      assertThat(gap.gridOn(D2024)).isEmpty();
    }

    @Test
    @DisplayName("refuses no grid, overlapping or unordered grid history, and a blank unit")
    void refusals() {
      refused(
          () -> building().build(),
          "Cannot create Building: gridAssignments 'B-43' must name at least one grid");
      refused(
          () -> building().grid(GridId.of("G-1")).grid(GridId.of("G-2")).build(),
          "Cannot create Building: gridAssignments 'B-43 [..] then [..]' must be in date order "
              + "without overlap; only the last may be open-ended");
      refused(
          () ->
              building()
                  .addGridAssignment(
                      GridAssignment.of(GridId.of("G-1"), Validity.between(D2024, D2025)))
                  .addGridAssignment(GridAssignment.of(GridId.of("G-2"), Validity.from(D2025)))
                  .build(),
          "Cannot create Building: gridAssignments 'B-43 [2024-01-01..2025-01-01] then [2025-01-01..]' "
              + "must be in date order without overlap; only the last may be open-ended");
      refused(
          () -> building().grid(GridId.of("G-1")).putUnitLeader(" ", ResponderId.of("R-1")).build(),
          "Cannot create Building: unitLeaders.unit '(1 character)' must not be blank");
    }
  }

  @Test
  @DisplayName("an area reference prints LEVEL:id")
  void areaRef() {
    assertThat(AreaRef.of(GridId.of("G-1")).toString()).isEqualTo("GRID:G-1");
    assertThat(AreaRef.district().toString()).isEqualTo("DISTRICT");
    assertThat(AreaRef.district().id()).isEmpty();
    assertThat(AreaRef.of(StreetId.of("S-1")).level()).isEqualTo(AreaLevel.STREET);
  }

  @Test
  @DisplayName("street and community names are checked like every other name")
  void names() {
    refused(
        () -> Street.builder().id(StreetId.of("S")).name("").build(),
        "Cannot create Street: name '(0 characters)' must not be blank");
    refused(
        () -> Community.builder().id(CommunityId.of("C")).name("").street(StreetId.of("S")).build(),
        "Cannot create Community: name '(0 characters)' must not be blank");
  }
}
