package io.github.gridgov.rules.internal;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.area.CompoundId;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.area.StreetId;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.HouseholdId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("where an order is, in the registry's terms")
class PlacesTest {
  static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

  static ServiceOrder at(Location location) {
    return order("O-1", FLAT_301, Category.PARKING, AT).location(location).build();
  }

  static List<AreaRef> known() {
    return List.of(
        AreaRef.of(B43),
        AreaRef.of(FENGAN),
        AreaRef.of(G3),
        AreaRef.of(YOUYI),
        AreaRef.of(STREET),
        AreaRef.district());
  }

  static List<AreaRef> unknown() {
    return List.of(
        AreaRef.of(BuildingId.of("B-99")),
        AreaRef.of(CompoundId.of("K-99")),
        AreaRef.of(GridId.of("G-99")),
        AreaRef.of(CommunityId.of("C-99")),
        AreaRef.of(StreetId.of("S-99")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("known")
  @DisplayName("an order located at an area of the registry is there, at every level")
  void knownAreas(AreaRef area) {
    assertThat(Places.area(at(Location.of(area)), DISTRICT)).contains(area);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknown")
  @DisplayName("an order located at an area the registry does not hold is nowhere, at every level")
  void unknownAreas(AreaRef area) {
    assertThat(Places.area(at(Location.of(area)), DISTRICT)).isEmpty();
  }

  @Test
  @DisplayName("a household's order is in its building; an unknown household's nowhere")
  void households() {
    assertThat(Places.area(at(Location.ofHousehold(FLAT_60)), DISTRICT)).contains(AreaRef.of(B60));
    assertThat(Places.area(at(Location.ofHousehold(HouseholdId.of("H-99"))), DISTRICT)).isEmpty();
  }

  @Test
  @DisplayName("the building chain exists only for orders in a building")
  void buildingChain() {
    assertThat(Places.buildingChain(at(Location.ofHousehold(FLAT_301)), DISTRICT))
        .hasValueSatisfying(c -> assertThat(c.grid()).isEqualTo(G1));
    assertThat(Places.buildingChain(at(Location.ofBuilding(B60)), DISTRICT))
        .hasValueSatisfying(c -> assertThat(c.community()).isEqualTo(YOUYI));
    assertThat(Places.buildingChain(at(Location.ofGrid(G1)), DISTRICT)).isEmpty();
    assertThat(Places.buildingChain(at(Location.ofBuilding(BuildingId.of("B-99"))), DISTRICT))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "the community of an area: from the building's chain, the compound, the grid, itself; none above")
  void community() {
    assertThat(Places.community(AreaRef.of(B60), DISTRICT)).contains(YOUYI);
    assertThat(Places.community(AreaRef.of(LAOJIE), DISTRICT)).contains(ANFENG);
    assertThat(Places.community(AreaRef.of(G3), DISTRICT)).contains(YOUYI);
    assertThat(Places.community(AreaRef.of(ANFENG), DISTRICT)).contains(ANFENG);
    assertThat(Places.community(AreaRef.of(STREET), DISTRICT)).isEmpty();
    assertThat(Places.community(AreaRef.district(), DISTRICT)).isEmpty();
    assertThat(Places.community(AreaRef.of(BuildingId.of("B-99")), DISTRICT)).isEmpty();
    assertThat(Places.community(AreaRef.of(CompoundId.of("K-99")), DISTRICT)).isEmpty();
  }

  @Test
  @DisplayName(
      "care needs: the order's own and the registry's for its household, joined; the order's own alone elsewhere")
  void careNeeds() {
    ServiceOrder fromElder = order("O-2", FLAT_44, Category.PARKING, AT).build();
    assertThat(Places.careNeeds(fromElder, DISTRICT))
        .containsExactlyInAnyOrder(CareNeed.ELDERLY_LIVING_ALONE, CareNeed.MEAL_ASSISTANCE);
    assertThat(Places.hasCareNeeds(fromElder, DISTRICT)).isTrue();
    ServiceOrder withOwn =
        order("O-3", FLAT_44, Category.PARKING, AT).addReportedCareNeeds(CareNeed.DISABLED).build();
    assertThat(Places.careNeeds(withOwn, DISTRICT))
        .containsExactlyInAnyOrder(
            CareNeed.ELDERLY_LIVING_ALONE, CareNeed.MEAL_ASSISTANCE, CareNeed.DISABLED);
    ServiceOrder already =
        order("O-4", FLAT_44, Category.PARKING, AT)
            .addReportedCareNeeds(CareNeed.ELDERLY_LIVING_ALONE, CareNeed.MEAL_ASSISTANCE)
            .build();
    assertThat(Places.careNeeds(already, DISTRICT)).isSameAs(already.careNeeds());
    ServiceOrder plain = order("O-5", FLAT_301, Category.PARKING, AT).build();
    assertThat(Places.careNeeds(plain, DISTRICT)).isEmpty();
    assertThat(Places.hasCareNeeds(plain, DISTRICT)).isFalse();
    ServiceOrder gridWide = at(Location.ofGrid(G1));
    assertThat(Places.careNeeds(gridWide, DISTRICT)).isEmpty();
    assertThat(Places.hasCareNeeds(gridWide, DISTRICT)).isFalse();
    ServiceOrder gridWithOwn =
        order("O-6", FLAT_301, Category.PARKING, AT)
            .location(Location.ofGrid(G1))
            .addReportedCareNeeds(CareNeed.DISABLED)
            .build();
    assertThat(Places.hasCareNeeds(gridWithOwn, DISTRICT)).isTrue();
  }

  @Test
  @DisplayName(
      "registry care needs are noted on an open order's trail, at the later of now and its last change; "
          + "a closed-out order or one that has them all is left as it is")
  void noteRegistryCareNeeds() {
    ServiceOrder fromElder = order("O-2", FLAT_44, Category.PARKING, AT).build();
    ServiceOrder noted =
        Places.withRegistryCareNeeds(fromElder, DISTRICT, Places.RULES, AT.minusSeconds(60));
    assertThat(noted.careNeeds())
        .containsExactlyInAnyOrder(CareNeed.ELDERLY_LIVING_ALONE, CareNeed.MEAL_ASSISTANCE);
    assertThat(noted.events()).hasSize(1);
    assertThat(noted.events().get(0).at()).as("never before the order's last change").isEqualTo(AT);
    ServiceOrder later =
        Places.withRegistryCareNeeds(fromElder, DISTRICT, Places.RULES, AT.plusSeconds(60));
    assertThat(later.events().get(0).at()).isEqualTo(AT.plusSeconds(60));
    assertThat(Places.withRegistryCareNeeds(noted, DISTRICT, Places.RULES, AT.plusSeconds(90)))
        .isSameAs(noted);
    ServiceOrder plain = order("O-5", FLAT_301, Category.PARKING, AT).build();
    assertThat(Places.withRegistryCareNeeds(plain, DISTRICT, Places.RULES, AT)).isSameAs(plain);
    ServiceOrder cancelled = fromElder.cancel(DISPATCHER, "不需要了", AT.plusSeconds(5));
    assertThat(Places.withRegistryCareNeeds(cancelled, DISTRICT, Places.RULES, AT.plusSeconds(10)))
        .isSameAs(cancelled);
  }

  @Test
  @DisplayName(
      "三无小区: a building of an unmanaged compound borrows its partner; others have no partner")
  void unmanaged() {
    assertThat(Places.isUnmanaged(B50, DISTRICT)).isTrue();
    assertThat(Places.partnerOf(B50, DISTRICT)).isEqualTo(FENGAN);
    assertThat(Places.isUnmanaged(B43, DISTRICT)).isFalse();
    assertThat(Places.partnerOf(B43, DISTRICT)).isNull();
    assertThat(Places.isUnmanaged(B60, DISTRICT)).as("no compound").isFalse();
    assertThat(Places.partnerOf(B60, DISTRICT)).isNull();
    assertThat(Places.partnerOf(BuildingId.of("B-99"), DISTRICT)).isNull();
  }
}
