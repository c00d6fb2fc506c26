package io.github.gridgov.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.ResponderRole;
import io.github.gridgov.fixtures.Generators;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A registry of more residents than {@link Validation#PARALLEL_FROM} has its ID numbers checked on
 * another core: it is built the same, and a rejected one lists its problems in the same order as
 * the in-line check does.
 */
@DisplayName("a large registry checks its ID numbers on another core, with the same result")
class ParallelBuildTest {
  /** A generated registry of more residents than {@link Validation#PARALLEL_FROM}. */
  static Jurisdiction large(long seed) {
    Jurisdiction big =
        Generators.jurisdictions()
            .streets(1)
            .communitiesPerStreet(4, 4)
            .gridsPerCommunity(6, 6)
            .buildingsPerGrid(8, 8)
            .householdsPerBuilding(120, 120)
            .generate(new SplittableRandom(seed));
    assertThat(big.residents().size()).isGreaterThan(Validation.PARALLEL_FROM);
    return big;
  }

  /** Building {@code b} fails with exactly these (code, subject) problems, in this order. */
  static void assertProblems(Jurisdiction.Builder b, org.assertj.core.groups.Tuple... expected) {
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            JurisdictionValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::code, Problem::subject)
                    .containsExactly(expected));
  }

  /** A builder holding all of {@code big}, to add a bad entity to before building. */
  static Jurisdiction.Builder rebuilding(Jurisdiction big) {
    Jurisdiction.Builder b = Jurisdiction.builder();
    big.streets().forEach(b::addStreet);
    big.communities().forEach(b::addCommunity);
    big.grids().forEach(b::addGrid);
    big.compounds().forEach(b::addCompound);
    big.buildings().forEach(b::addBuilding);
    b.addHouseholds(big.households().toList());
    b.addResidents(big.residents());
    big.responders().forEach(b::addResponder);
    big.teams().forEach(b::addTeam);
    return b;
  }

  @Test
  @DisplayName(
      "a duplicated ID number is listed where the in-line check lists it: after the buildings, before the responders")
  void sameProblemsInTheSameOrder() {
    Jurisdiction big = large(5);
    Resident first =
        big.residents().stream().filter(r -> r.idNumber().isPresent()).findFirst().get();
    Jurisdiction.Builder b = rebuilding(big);
    assertThat(b.build().householdCount()).as("rebuilt whole").isEqualTo(big.householdCount());
    b.addResident(
        Resident.builder()
            .id(ResidentId.of("P-twin"))
            .name(PersonName.of("吴秀兰"))
            .idNumber(first.idNumber().get())
            .build());
    b.addResponder(
        Responder.builder()
            .id(ResponderId.of("R-nowhere"))
            .role(ResponderRole.GRID_WORKER)
            .name(PersonName.of("赵六"))
            .capacity(5)
            .addCoverage(AreaRef.of(GridId.of("G-404")))
            .build());
    assertProblems(
        b,
        tuple("registry.duplicate-id-number", "RESIDENT:P-twin"),
        tuple("registry.unknown-reference", "RESPONDER:R-nowhere"));
  }

  @Test
  @DisplayName(
      "a duplicated household id (indexed on another core) is listed where the in-line loop lists it: before its household's other problems, after an earlier household's")
  void duplicatedHouseholdInPlace() {
    Jurisdiction big = large(6);
    Jurisdiction.Builder b = rebuilding(big);
    HouseholdId taken = big.households().findFirst().get().id();
    b.addHousehold(
        Household.builder()
            .id(HouseholdId.of("H-lost"))
            .building(BuildingId.of("B-404"))
            .room("1")
            .build());
    b.addHousehold(
        Household.builder().id(taken).building(BuildingId.of("B-405")).room("2").build());
    b.addHousehold(
        Household.builder()
            .id(HouseholdId.of("H-later"))
            .building(BuildingId.of("B-406"))
            .room("3")
            .build());
    assertProblems(
        b,
        tuple("registry.unknown-reference", "HOUSEHOLD:H-lost"),
        tuple("registry.duplicate-id", "HOUSEHOLD:" + taken),
        tuple("registry.unknown-reference", "HOUSEHOLD:" + taken),
        tuple("registry.unknown-reference", "HOUSEHOLD:H-later"));
  }
}
