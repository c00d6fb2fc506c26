package io.github.gridgov.core.registry;

import static io.github.gridgov.core.registry.RegistrySamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.Community;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.Compound;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.area.ManagementStatus;
import io.github.gridgov.core.area.Street;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.IdCardNumber;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.ResponderRole;
import io.github.gridgov.core.people.Skill;
import io.github.gridgov.core.people.TeamId;
import io.github.gridgov.core.people.TeamKind;
import io.github.gridgov.core.people.VolunteerTeam;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("辖区 registry")
class JurisdictionTest {
  static final Jurisdiction DISTRICT = district().build();

  @Nested
  @DisplayName("validation reports every problem at once")
  class Validation {
    @Test
    @DisplayName("a graph with ten mistakes fails with all twelve problems they cause listed")
    void everyProblem() {
      Jurisdiction.Builder b =
          district()
              .addStreet(Street.builder().id(S1).name("重复街道").build())
              .addCommunity(
                  Community.builder()
                      .id(CommunityId.of("C-9"))
                      .name("孤儿社区")
                      .street(StreetId.of("S-missing"))
                      .build())
              .addGrid(
                  Grid.builder()
                      .id(GridId.of("G-9"))
                      .name("网格")
                      .community(C2)
                      .leader(ResponderId.of("R-ghost"))
                      .build())
              .addCompound(
                  Compound.builder()
                      .id(CompoundId.of("K-9"))
                      .name("无物业小区")
                      .community(C2)
                      .management(ManagementStatus.UNMANAGED)
                      .partner(K2)
                      .build())
              .addBuilding(
                  Building.builder()
                      .id(BuildingId.of("B-9"))
                      .name("错位楼")
                      .compound(K1)
                      .grid(G3)
                      .build())
              .addHousehold(household("H-9", BuildingId.of("B-404"), null, "101", "P-404").build())
              .addHousehold(household("H-B1-dup", B1, "2", "301", "P-1").build())
              .addResponder(
                  person(
                      ResponderId.of("R-9"),
                      ResponderRole.GRID_WORKER,
                      AreaRef.of(GridId.of("G-404")),
                      "赵六"))
              .addTeam(
                  VolunteerTeam.builder()
                      .id(TeamId.of("T-9"))
                      .name("队")
                      .kind(TeamKind.OTHER)
                      .community(C1)
                      .addMember(ResponderId.of("R-404"))
                      .capacity(1)
                      .build())
              .addResident(
                  Resident.builder()
                      .id(ResidentId.of("P-70"))
                      .name(PersonName.of("吴秀兰"))
                      .idNumber(IdCardNumber.of("11010519491231002X"))
                      .build());
      assertThatThrownBy(b::build)
          .isInstanceOf(JurisdictionValidationException.class)
          .hasMessageStartingWith("Cannot build jurisdiction: 12 problems")
          .satisfies(
              e ->
                  assertThat(((JurisdictionValidationException) e).problems())
                      .extracting(Problem::severity, Problem::code, Problem::subject)
                      .containsExactly(
                          tuple(Problem.Severity.ERROR, "registry.duplicate-id", "STREET:S-1"),
                          tuple(
                              Problem.Severity.ERROR,
                              "registry.unknown-reference",
                              "COMMUNITY:C-9"),
                          tuple(Problem.Severity.ERROR, "registry.unknown-reference", "GRID:G-9"),
                          tuple(
                              Problem.Severity.ERROR, "registry.partner-compound", "COMPOUND:K-9"),
                          tuple(
                              Problem.Severity.ERROR, "registry.partner-compound", "COMPOUND:K-9"),
                          tuple(
                              Problem.Severity.ERROR,
                              "registry.grid-community-mismatch",
                              "BUILDING:B-9"),
                          tuple(
                              Problem.Severity.ERROR,
                              "registry.duplicate-id-number",
                              "RESIDENT:P-70"),
                          tuple(
                              Problem.Severity.ERROR,
                              "registry.unknown-reference",
                              "RESPONDER:R-9"),
                          tuple(Problem.Severity.ERROR, "registry.unknown-reference", "TEAM:T-9"),
                          tuple(
                              Problem.Severity.ERROR,
                              "registry.unknown-reference",
                              "HOUSEHOLD:H-9"),
                          tuple(
                              Problem.Severity.ERROR,
                              "registry.unknown-reference",
                              "HOUSEHOLD:H-9"),
                          tuple(
                              Problem.Severity.ERROR,
                              "registry.duplicate-dwelling",
                              "BUILDING:B-1")));
    }

    @Test
    @DisplayName("each problem says what cannot be done and why, with masked personal data")
    void messages() {
      Jurisdiction.Builder b =
          district()
              .addBuilding(
                  Building.builder()
                      .id(BuildingId.of("B-9"))
                      .name("错位楼")
                      .compound(K1)
                      .grid(G3)
                      .build())
              .addResident(
                  Resident.builder()
                      .id(ResidentId.of("P-70"))
                      .name(PersonName.of("吴秀兰"))
                      .idNumber(IdCardNumber.of("11010519491231002X"))
                      .build())
              .addResponder(
                  person(
                      ResponderId.of("R-9"),
                      ResponderRole.GRID_WORKER,
                      AreaRef.of(GridId.of("G-404")),
                      "赵六"));
      assertThatThrownBy(b::build)
          .hasMessage(
              "Cannot build jurisdiction: 3 problems"
                  + "\n  - registry.grid-community-mismatch BUILDING:B-9: Cannot place building B-9 in grid G-3: "
                  + "the grid lies in community C-2 but the building's compound K-1 lies in C-1"
                  + "\n  - registry.duplicate-id-number RESIDENT:P-70: Cannot add resident P-70: ID number "
                  + "110105********002X is already resident P-7's"
                  + "\n  - registry.unknown-reference RESPONDER:R-9: Cannot add RESPONDER:R-9: coverage names "
                  + "area GRID:G-404, which is not in the registry")
          .hasMessageNotContaining("11010519491231002X");
    }

    @Test
    @DisplayName("duplicate ids, partner compounds and shared dwellings are explained too")
    void moreMessages() {
      Jurisdiction.Builder b =
          district()
              .addGrid(Grid.builder().id(G1).name("重复").community(C1).build())
              .addCompound(
                  Compound.builder()
                      .id(CompoundId.of("K-9"))
                      .name("无物业小区")
                      .community(C2)
                      .management(ManagementStatus.UNMANAGED)
                      .partner(K2)
                      .build())
              .addHousehold(household("H-B1-dup", B1, "2", "301", "P-1").build())
              .addHousehold(household("H-B2-101", B2, null, "102", "P-2").build());
      assertThatThrownBy(b::build)
          .satisfies(
              e ->
                  assertThat(((JurisdictionValidationException) e).problems())
                      .extracting(Problem::message)
                      .containsExactly(
                          "Cannot add grid G-1: the id is used twice",
                          "Cannot pair compound K-9 with K-2: the partner is itself UNMANAGED and has no responders to lend",
                          "Cannot pair compound K-9 with K-2: the partner lies in community C-1, not C-2",
                          "Cannot add household H-B2-101: the id is used twice",
                          "Cannot add two households in building B-1, unit 2 room 301: a dwelling has one household"));
    }

    @Test
    @DisplayName("a long list is cut in the message but complete in problems()")
    void longList() {
      Jurisdiction.Builder b = district();
      for (int i = 0; i < 60; i++) {
        b.addHousehold(household("H-x" + i, BuildingId.of("B-none"), null, "1", "P-1").build());
      }
      assertThatThrownBy(b::build)
          .hasMessageContaining("… and 10 more")
          .satisfies(e -> assertThat(((JurisdictionValidationException) e).problems()).hasSize(60));
    }

    @Test
    @DisplayName("a household member who is not a resident is a dangling reference")
    void memberNotResident() {
      assertThatThrownBy(
              () ->
                  district()
                      .addHousehold(household("H-B2-102", B2, null, "102", "P-99").build())
                      .build())
          .hasMessageContaining(
              "registry.unknown-reference HOUSEHOLD:H-B2-102: Cannot add HOUSEHOLD:H-B2-102: "
                  + "members refers to ResidentId P-99, which is not in the registry");
    }
  }

  @Nested
  @DisplayName("warnings are returned, not thrown")
  class Warnings {
    @Test
    @DisplayName(
        "sizes outside the ranges, buildings without an active leader, unmanaged compounds without partner")
    void warnings() {
      assertThat(DISTRICT.warnings())
          .extracting(Problem::code, Problem::subject)
          .containsExactly(
              tuple("registry.community-size", "COMMUNITY:C-1"),
              tuple("registry.community-size", "COMMUNITY:C-2"),
              tuple("registry.grid-size", "GRID:G-1"),
              tuple("registry.grid-size", "GRID:G-2"),
              tuple("registry.grid-size", "GRID:G-3"),
              tuple("registry.no-active-building-leader", "BUILDING:B-2"),
              tuple("registry.no-active-building-leader", "BUILDING:B-3"));
      assertThat(DISTRICT.warnings().get(0).message())
          .isEqualTo("community C-1 has 4 households, outside 100-700 (城市居民委员会组织法 Art. 6)");
      assertThat(DISTRICT.warnings()).allMatch(p -> p.severity() == Problem.Severity.WARNING);
    }

    @Test
    @DisplayName("size limits are configurable")
    void configurable() {
      Jurisdiction j =
          district()
              .sizeLimits(
                  SizeLimits.builder().communityMinHouseholds(1).gridMinHouseholds(0).build())
              .build();
      assertThat(j.warnings())
          .extracting(Problem::code)
          .doesNotContain("registry.community-size", "registry.grid-size");
      assertThatThrownBy(() -> SizeLimits.builder().gridMinHouseholds(600).build())
          .hasMessage(
              "Cannot create SizeLimits: gridMinHouseholds '600' must be between 0 and gridMaxHouseholds 500");
      assertThatThrownBy(() -> SizeLimits.builder().communityMinHouseholds(-1).build())
          .hasMessage(
              "Cannot create SizeLimits: communityMinHouseholds '-1' must be between 0 and communityMaxHouseholds 700");
    }

    @Test
    @DisplayName("an unmanaged compound without a partner is a warning")
    void unmanagedWithoutPartner() {
      Jurisdiction j =
          district()
              .addCompound(
                  Compound.builder()
                      .id(CompoundId.of("K-3"))
                      .name("三无小区")
                      .community(C2)
                      .management(ManagementStatus.UNMANAGED)
                      .build())
              .build();
      assertThat(j.warnings())
          .extracting(Problem::code)
          .contains("registry.unmanaged-without-partner");
    }
  }

  @Nested
  @DisplayName("lookups")
  class Lookups {
    @Test
    @DisplayName("household → building → compound → grid → community → street")
    void chain() {
      AreaChain chain = DISTRICT.chainOf(HouseholdId.of("H-B1-2-301")).orElseThrow();
      assertThat(chain.household()).contains(HouseholdId.of("H-B1-2-301"));
      assertThat(chain.building()).isEqualTo(B1);
      assertThat(chain.compound()).contains(K1);
      assertThat(chain.grid()).isEqualTo(G1);
      assertThat(chain.community()).isEqualTo(C1);
      assertThat(chain.street()).isEqualTo(S1);
      assertThat(DISTRICT.chainOf(B3).orElseThrow().compound()).isEmpty();
      assertThat(DISTRICT.buildingOf(HouseholdId.of("H-B3-101"))).contains(B3);
      assertThat(DISTRICT.gridOf(B3)).contains(G3);
      assertThat(DISTRICT.communityOf(G3)).contains(C2);
      assertThat(DISTRICT.streetOf(C2)).contains(S1);
      assertThat(DISTRICT.chainOf(HouseholdId.of("H-none"))).isEmpty();
      assertThat(DISTRICT.gridOf(BuildingId.of("B-none"))).isEmpty();
    }

    @Test
    @DisplayName("which grid owned a building on a date")
    void gridOnDate() {
      assertThat(DISTRICT.gridOn(B1, LocalDate.of(2025, 6, 30))).contains(G2);
      assertThat(DISTRICT.gridOn(B1, REDRAWN)).contains(G1);
      assertThat(DISTRICT.gridOn(BuildingId.of("B-none"), REDRAWN)).isEmpty();
    }

    @Test
    @DisplayName("responders covering an area at a tier, closest coverage first")
    void covering() {
      assertThat(DISTRICT.respondersCovering(AreaRef.of(B1), Tier.BUILDING))
          .extracting(Responder::id)
          .containsExactly(LEADER_B1, PROPERTY_K1);
      assertThat(DISTRICT.respondersCovering(AreaRef.of(B1), Tier.GRID))
          .extracting(Responder::id)
          .containsExactly(WORKER_G1);
      assertThat(DISTRICT.respondersCovering(AreaRef.of(B2), Tier.COMMUNITY))
          .extracting(Responder::id)
          .containsExactly(WORKER_C1);
      assertThat(DISTRICT.respondersCovering(AreaRef.of(B3), Tier.COMMUNITY)).isEmpty();
      assertThat(DISTRICT.respondersCovering(AreaRef.of(G3), Tier.STREET))
          .extracting(Responder::id)
          .containsExactly(STREET_OFFICE);
      assertThat(DISTRICT.respondersCovering(AreaRef.of(K2), Tier.DISTRICT))
          .extracting(Responder::id)
          .containsExactly(HOUSING);
      assertThat(DISTRICT.respondersCovering(AreaRef.of(C1), Tier.COMMUNITY))
          .extracting(Responder::id)
          .containsExactly(WORKER_C1);
      assertThat(DISTRICT.respondersCovering(AreaRef.of(S1), Tier.STREET)).hasSize(1);
      assertThat(DISTRICT.respondersCovering(AreaRef.district(), Tier.DISTRICT)).hasSize(1);
      assertThatThrownBy(
              () -> DISTRICT.respondersCovering(AreaRef.of(GridId.of("G-404")), Tier.GRID))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Cannot look up area GRID:G-404: it is not in this jurisdiction");
    }

    @Test
    @DisplayName(
        "a responder covering an area and an area containing it is listed once, at the closer one")
    void coveringOnce() {
      ResponderId both = ResponderId.of("R-both");
      Jurisdiction j =
          district()
              .addResponder(
                  Responder.builder()
                      .id(both)
                      .role(ResponderRole.GRID_WORKER)
                      .name(PersonName.of("钱进"))
                      .capacity(5)
                      .addCoverage(AreaRef.of(G1))
                      .addCoverage(AreaRef.of(C1))
                      .addCoverage(AreaRef.of(B2))
                      .build())
              .build();
      assertThat(j.respondersCovering(AreaRef.of(B2), Tier.GRID))
          .extracting(Responder::id)
          .containsExactly(both, WORKER_G1);
      List<Object> visited = new java.util.ArrayList<>();
      j.forEachCovering(
          AreaRef.of(B2),
          Tier.GRID,
          (r, through) -> {
            visited.add(tuple(r.id(), through));
          });
      assertThat(visited)
          .containsExactly(
              tuple(both, io.github.gridgov.core.area.AreaLevel.BUILDING),
              tuple(WORKER_G1, io.github.gridgov.core.area.AreaLevel.GRID));
      List<Object> byPosition = new java.util.ArrayList<>();
      io.github.gridgov.core.registry.internal.RegistryAccess.covering(
          j,
          AreaRef.of(B2),
          Tier.GRID,
          (p, through) -> byPosition.add(tuple(j.responders().get(p).id(), through)));
      assertThat(byPosition)
          .as("the rules' seam visits the same responders, by registry position")
          .isEqualTo(visited);
      assertThat(j.anyCovering(AreaRef.of(B2), Tier.GRID, r -> r.id().equals(WORKER_G1))).isTrue();
      assertThat(j.anyCovering(AreaRef.of(B2), Tier.BUILDING, r -> true)).isFalse();
      visited.clear();
      j.forEachCovering(
          AreaRef.of(G1),
          Tier.GRID,
          (r, through) -> {
            visited.add(tuple(r.id(), through));
          });
      assertThat(visited)
          .containsExactly(
              tuple(both, io.github.gridgov.core.area.AreaLevel.GRID),
              tuple(WORKER_G1, io.github.gridgov.core.area.AreaLevel.GRID));
    }

    @Test
    @DisplayName("teams of a community, by id")
    void teamsOfCommunity() {
      assertThat(DISTRICT.teamsOf(C1)).extracting(VolunteerTeam::id).containsExactly(RED);
      assertThat(DISTRICT.teamsOf(C2))
          .extracting(VolunteerTeam::id)
          .containsExactly(TeamId.of("T-blue"));
      assertThat(DISTRICT.teamsOf(CommunityId.of("C-none"))).isEmpty();
    }

    @Test
    @DisplayName("building leader, teams by skill, entities by id")
    void others() {
      assertThat(DISTRICT.buildingLeader(B1).map(Responder::id)).contains(LEADER_B1);
      assertThat(DISTRICT.buildingLeader(B2)).isEmpty();
      assertThat(DISTRICT.teamsWithSkill(Skill.ELDERLY_CARE))
          .extracting(VolunteerTeam::id)
          .containsExactly(RED);
      assertThat(DISTRICT.teamsWithSkill(Skill.MEDIATION, C1)).isEmpty();
      assertThat(DISTRICT.teamsWithSkill(Skill.MEDIATION, C2)).hasSize(1);
      assertThat(DISTRICT.teamsWithSkill(Skill.LEGAL)).isEmpty();
      assertThat(DISTRICT.street(S1)).isPresent();
      assertThat(DISTRICT.community(C2).map(Community::name)).contains("友谊河社区");
      assertThat(DISTRICT.grid(G1).flatMap(Grid::supervisionPhone)).contains("0564-3377110");
      assertThat(DISTRICT.compound(K2).flatMap(Compound::partner)).contains(K1);
      assertThat(DISTRICT.building(B3)).isPresent();
      assertThat(DISTRICT.resident(ResidentId.of("P-7"))).isPresent();
      assertThat(DISTRICT.responder(HOUSING).flatMap(Responder::department))
          .contains(Department.HOUSING);
      assertThat(DISTRICT.team(RED)).isPresent();
      assertThat(DISTRICT.team(TeamId.of("none"))).isEmpty();
    }

    @Test
    @DisplayName("household counts by area")
    void counts() {
      assertThat(DISTRICT.householdCount()).isEqualTo(5);
      assertThat(DISTRICT.householdCount(AreaRef.of(B1))).isEqualTo(3);
      assertThat(DISTRICT.householdCount(AreaRef.of(K1))).isEqualTo(3);
      assertThat(DISTRICT.householdCount(AreaRef.of(G1))).isEqualTo(4);
      assertThat(DISTRICT.householdCount(AreaRef.of(C1))).isEqualTo(4);
      assertThat(DISTRICT.householdCount(AreaRef.of(S1))).isEqualTo(5);
      assertThat(DISTRICT.householdCount(AreaRef.district())).isEqualTo(5);
    }
  }

  @Nested
  @DisplayName("compact household storage")
  class Compact {
    @Test
    @DisplayName("every household comes back exactly as it went in")
    void roundTrip() {
      List<Household> added = RegistrySamples.households();
      assertThat(DISTRICT.households()).containsExactlyElementsOf(added);
      for (Household h : added) {
        assertThat(DISTRICT.household(h.id())).contains(h);
      }
      assertThat(added).anySatisfy(h -> assertThat(h.careNeeds()).hasSize(2));
      assertThat(added).anySatisfy(h -> assertThat(h.unit()).isEmpty());
      assertThat(added)
          .anySatisfy(
              h ->
                  assertThat(h.members())
                      .anySatisfy(m -> assertThat(m.validity().start()).isPresent()));
      assertThat(DISTRICT.householdsIn(B1))
          .extracting(Household::id)
          .containsExactly(
              HouseholdId.of("H-B1-2-301"),
              HouseholdId.of("H-B1-2-401"),
              HouseholdId.of("H-B1-1-101"));
      assertThat(DISTRICT.householdsIn(BuildingId.of("none"))).isEmpty();
    }

    @Test
    @DisplayName("100,000 households take at most 128 bytes each (personal data excluded)")
    void bytesPerHousehold() {
      int n = 100_000;
      Jurisdiction j = LargeRegistry.build(n);
      long bytes = j.householdStorageBytes();
      double perHousehold = (double) bytes / n;
      assertThat(j.householdCount()).isEqualTo(n);
      assertThat(perHousehold).isLessThanOrEqualTo(128.0);
      System.out.printf(
          "household columns: %.1f bytes per household over %,d households%n", perHousehold, n);
    }
  }

  @Nested
  @DisplayName("the registry's values")
  class Values {
    @Test
    @DisplayName("problems and chains are equal by value and refuse null")
    void contracts() {
      Jurisdiction again = district().build();
      new com.google.common.testing.EqualsTester()
          .addEqualityGroup(DISTRICT.warnings().get(0), again.warnings().get(0))
          .addEqualityGroup(DISTRICT.warnings().get(1))
          .testEquals();
      new com.google.common.testing.EqualsTester()
          .addEqualityGroup(DISTRICT.chainOf(B1).orElseThrow(), again.chainOf(B1).orElseThrow())
          .addEqualityGroup(DISTRICT.chainOf(HouseholdId.of("H-B1-2-301")).orElseThrow())
          .addEqualityGroup(DISTRICT.chainOf(B3).orElseThrow())
          .testEquals();
      com.google.common.testing.NullPointerTester tester =
          new com.google.common.testing.NullPointerTester();
      tester.testAllPublicInstanceMethods(DISTRICT.warnings().get(0));
      tester.testAllPublicInstanceMethods(DISTRICT.chainOf(B1).orElseThrow());
      assertThat(DISTRICT.warnings().get(5).toString())
          .isEqualTo(
              "WARNING registry.no-active-building-leader "
                  + "BUILDING:B-2: building B-2 has no active building leader; its matters start at the GRID tier");
    }
  }

  @Nested
  @DisplayName("lookups hold for the first entry of each kind and for every entry after it")
  class EveryIndex {
    @Test
    @DisplayName(
        "the first building, grid, community, resident, responder and household are found like the others")
    void firstEntries() {
      assertThat(DISTRICT.gridOf(B1)).contains(G1);
      assertThat(DISTRICT.gridOf(B2)).contains(G1);
      assertThat(DISTRICT.communityOf(G1)).contains(C1);
      assertThat(DISTRICT.communityOf(G2)).contains(C1);
      assertThat(DISTRICT.streetOf(C1)).contains(S1);
      assertThat(DISTRICT.communityOf(GridId.of("G-none"))).isEmpty();
      assertThat(DISTRICT.streetOf(CommunityId.of("C-none"))).isEmpty();
      assertThat(DISTRICT.resident(ResidentId.of("P-1")))
          .hasValueSatisfying(r -> assertThat(r.id().value()).isEqualTo("P-1"));
      assertThat(DISTRICT.resident(ResidentId.of("P-none"))).isEmpty();
      assertThat(DISTRICT.workingTier(LEADER_B1)).contains(Tier.BUILDING);
      assertThat(DISTRICT.workingTier(HOUSING)).contains(Tier.DISTRICT);
      assertThat(DISTRICT.workingTier(ResponderId.of("R-none"))).isEmpty();
      assertThat(DISTRICT.hasCareNeeds(HouseholdId.of("H-B1-2-301")))
          .as("the first household")
          .isTrue();
      assertThat(DISTRICT.hasCareNeeds(HouseholdId.of("H-B1-2-401"))).isFalse();
      assertThat(DISTRICT.hasCareNeeds(HouseholdId.of("H-B3-101"))).isTrue();
      assertThat(DISTRICT.hasCareNeeds(HouseholdId.of("H-none"))).isFalse();
    }

    @Test
    @DisplayName("household counts of every building, compound, grid and community add up")
    void countsOfEveryArea() {
      assertThat(DISTRICT.householdCount(AreaRef.of(B1))).isEqualTo(3);
      assertThat(DISTRICT.householdCount(AreaRef.of(B2))).isEqualTo(1);
      assertThat(DISTRICT.householdCount(AreaRef.of(B3))).isEqualTo(1);
      assertThat(DISTRICT.householdCount(AreaRef.of(K1))).isEqualTo(3);
      assertThat(DISTRICT.householdCount(AreaRef.of(K2))).isEqualTo(1);
      assertThat(DISTRICT.householdCount(AreaRef.of(G2))).isZero();
      assertThat(DISTRICT.householdCount(AreaRef.of(G3))).isEqualTo(1);
      assertThat(DISTRICT.householdCount(AreaRef.of(C2))).isEqualTo(1);
      assertThat(DISTRICT.householdCount(AreaRef.district())).isEqualTo(5);
      assertThat(DISTRICT.householdsIn(B2))
          .extracting(Household::id)
          .containsExactly(HouseholdId.of("H-B2-101"));
      assertThat(DISTRICT.householdsIn(B3))
          .extracting(Household::id)
          .containsExactly(HouseholdId.of("H-B3-101"));
    }

    @Test
    @DisplayName("teams are listed by team id, whatever order they were added in")
    void teamsById() {
      Jurisdiction j =
          district()
              .addTeam(
                  VolunteerTeam.builder()
                      .id(TeamId.of("T-amber"))
                      .name("琥珀助老志愿服务队")
                      .kind(TeamKind.RED_CARE)
                      .community(C1)
                      .addSkill(Skill.MEAL_DELIVERY)
                      .addSkill(Skill.ELDERLY_CARE)
                      .capacity(3)
                      .build())
              .build();
      assertThat(j.teamsOf(C1)).extracting(t -> t.id().value()).containsExactly("T-amber", "T-red");
      assertThat(j.teamsWithSkill(Skill.MEAL_DELIVERY))
          .extracting(t -> t.id().value())
          .containsExactly("T-amber", "T-red");
      assertThat(j.teamsWithSkill(Skill.ELDERLY_CARE, C1))
          .extracting(t -> t.id().value())
          .containsExactly("T-amber", "T-red");
      assertThat(j.teamsWithSkill(Skill.MEDIATION, C1)).isEmpty();
      assertThat(j.teamsOf(C2)).extracting(t -> t.id().value()).containsExactly("T-blue");
    }
  }

  @Test
  @DisplayName(
      "住址: a household's address is its building's (or its compound and building name), unit and room")
  void addresses() {
    Jurisdiction j = district().build();
    assertThat(j.addressOf(HouseholdId.of("H-B2-101"))).contains("北京市西城区老街小区2号楼101");
    assertThat(j.addressOf(HouseholdId.of("H-B1-2-301"))).contains("丰安小区43栋2单元301");
    assertThat(j.addressOf(HouseholdId.of("H-B3-101")))
        .as("scattered, no address")
        .contains("散居楼101");
    assertThat(j.addressOf(HouseholdId.of("H-nowhere"))).isEmpty();
    assertThat(j.building(B2).get().position())
        .contains(io.github.gridgov.core.area.GeoPoint.of(39.9126, 116.3702));
    assertThatThrownBy(
            () -> Building.builder().id(B2).name("2栋").address("一行\n两行").grid(G1).build())
        .hasMessage(
            "Cannot create Building: address '(5 characters)' must not contain control or invisible characters (U+000A at 2)");
    assertThatThrownBy(
            () -> Building.builder().id(B2).name("2栋").address("址".repeat(201)).grid(G1).build())
        .hasMessage(
            "Cannot create Building: address '(201 characters)' must be at most 200 characters");
  }
}
