package io.github.gridgov.core.registry;

import static io.github.gridgov.core.registry.RegistrySamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.area.Building;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.internal.IdIndex;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.people.IdCardNumber;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.Resident;
import io.github.gridgov.core.people.ResidentId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("the registry's jobs of its own: household columns and the ID-number check")
class HouseholdColumnsTest {
  static final List<Building> BUILDINGS =
      List.of(
          Building.builder().id(B1).name("43栋").grid(G1).build(),
          Building.builder().id(B2).name("2栋").grid(G1).build());

  static IdIndex index(String... ids) {
    IdIndex ix = new IdIndex(ids.length);
    for (String id : ids) {
      ix.add(id);
    }
    return ix.freeze();
  }

  static List<Problem> columns(List<Household> households, boolean parallel) {
    List<Problem> problems = new ArrayList<>();
    HouseholdTable t =
        new HouseholdColumns(
                households, BUILDINGS, index("B-1", "B-2"), index("P-1", "P-2"), parallel, problems)
            .table();
    assertThat(t.ids.size())
        .isEqualTo((int) households.stream().map(Household::id).distinct().count());
    return problems;
  }

  @ParameterizedTest(name = "on another core: {0}")
  @ValueSource(booleans = {false, true})
  @DisplayName(
      "a dangling building, a duplicate id and a dangling member, in household order, the duplicate first within its household; then two households in one dwelling")
  void problemsInOrder(boolean parallel) {
    List<Household> households =
        List.of(
            household("H-1", B1, "1", "101", "P-1").build(),
            household("H-2", BuildingId.of("B-404"), null, "1", "P-2").build(),
            household("H-1", BuildingId.of("B-405"), null, "2", "P-404").build(),
            household("H-3", B2, null, "101", "P-2").build(),
            household("H-4", B2, null, "101", "P-1").build());
    assertThat(columns(households, parallel))
        .extracting(Problem::code, Problem::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Validation.UNKNOWN_REFERENCE, "HOUSEHOLD:H-2"),
            org.assertj.core.groups.Tuple.tuple(Validation.DUPLICATE_ID, "HOUSEHOLD:H-1"),
            org.assertj.core.groups.Tuple.tuple(Validation.UNKNOWN_REFERENCE, "HOUSEHOLD:H-1"),
            org.assertj.core.groups.Tuple.tuple(Validation.UNKNOWN_REFERENCE, "HOUSEHOLD:H-1"),
            org.assertj.core.groups.Tuple.tuple(Validation.DUPLICATE_DWELLING, "BUILDING:B-2"));
  }

  @Test
  @DisplayName("valid households give no problem and a table of each, with their buildings")
  void valid() {
    List<Problem> problems = new ArrayList<>();
    HouseholdTable t =
        new HouseholdColumns(
                List.of(
                    household("H-1", B1, "1", "101", "P-1").build(),
                    household("H-2", B2, null, "101", "P-2").build()),
                BUILDINGS,
                index("B-1", "B-2"),
                index("P-1", "P-2"),
                false,
                problems)
            .table();
    assertThat(problems).isEmpty();
    assertThat(t.building[t.ids.indexOf("H-2")]).isEqualTo(1);
  }

  @Test
  @DisplayName("one ID number for two residents is one problem, on the second, naming the first")
  void idNumbers() {
    IdCardNumber n = IdCardNumber.of("11010519491231002X");
    List<Resident> residents =
        List.of(
            Resident.builder()
                .id(ResidentId.of("P-1"))
                .name(PersonName.of("李建国"))
                .idNumber(n)
                .build(),
            Resident.builder().id(ResidentId.of("P-2")).name(PersonName.of("王芳")).build(),
            Resident.builder()
                .id(ResidentId.of("P-3"))
                .name(PersonName.of("吴秀兰"))
                .idNumber(n)
                .build());
    List<Problem> found = IdNumbers.duplicates(residents);
    assertThat(found).extracting(Problem::subject).containsExactly("RESIDENT:P-3");
    assertThat(found.get(0).message())
        .contains("is already resident P-1's")
        .doesNotContain("11010519491231002X");
    assertThat(IdNumbers.duplicates(residents.subList(0, 2))).isEmpty();
  }
}
