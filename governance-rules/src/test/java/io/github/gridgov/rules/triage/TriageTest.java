package io.github.gridgov.rules.triage;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.GridId;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ReferralTarget;
import io.github.gridgov.core.order.Scope;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.order.Urgency;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.rules.GovernanceRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("分流: pre-routing filters and the starting tier")
class TriageTest {
  static final GovernanceRules RULES = GovernanceRules.standard();
  static final Instant T0 = Instant.parse("2026-06-01T02:00:00Z");

  static TriageDecision triage(ServiceOrder o) {
    return RULES.triage(o, DISTRICT);
  }

  @Nested
  @DisplayName("pre-routing filters (北京市接诉即办工作条例 Art. 11)")
  class Filters {
    @Test
    @DisplayName("an emergency goes to its emergency line at once: a gas leak to 119")
    void emergency() {
      TriageDecision d =
          triage(
              order("O-1", FLAT_301, Category.GAS_SUPPLY, T0)
                  .addReportedFlag(OrderFlag.EMERGENCY)
                  .build());
      assertThat(d.outcome()).isEqualTo(TriageOutcome.REFER_EMERGENCY);
      assertThat(d.referral()).contains(ReferralTarget.FIRE_119);
      assertThat(d.startTier()).isEmpty();
      assertThat(d.reasons().codes()).containsExactly(TriageRule.EMERGENCY);
      assertThat(d.reasons().render(Locale.CHINESE))
          .containsExactly("紧急警情：立即转119消防（《北京市接诉即办工作条例》第十一条）。");
    }

    @Test
    @DisplayName("a matter for a legal channel is pointed there, not dispatched")
    void legalChannel() {
      TriageDecision d =
          triage(
              order("O-1", FLAT_301, Category.FAMILY_DISPUTE, T0)
                  .addReportedFlag(OrderFlag.LEGAL_CHANNEL)
                  .build());
      assertThat(d.outcome()).isEqualTo(TriageOutcome.REFER_LEGAL_CHANNEL);
      assertThat(d.proceeds()).isFalse();
    }

    @Test
    @DisplayName("a location outside the jurisdiction is referred elsewhere")
    void outside() {
      TriageDecision d =
          triage(
              order(
                      "O-1",
                      io.github.gridgov.core.people.HouseholdId.of("H-elsewhere"),
                      Category.WATER_LEAK,
                      T0)
                  .build());
      assertThat(d.outcome()).isEqualTo(TriageOutcome.OUT_OF_JURISDICTION);
      assertThat(d.reasons().render(Locale.ENGLISH))
          .containsExactly(
              "The location, household H-elsewhere, is not in this jurisdiction: refer it elsewhere.");
    }

    @Test
    @DisplayName(
        "the same matter at the same place within the window is linked to the earlier open order")
    void duplicate() {
      ServiceOrder first = order("O-1", FLAT_301, Category.WATER_LEAK, T0).build();
      ServiceOrder second =
          order("O-2", FLAT_301, Category.WATER_LEAK, T0.plus(Duration.ofHours(3))).build();
      ServiceOrder otherPlace = order("O-3", FLAT_44, Category.WATER_LEAK, T0).build();
      TriageDecision d = RULES.triage(second, DISTRICT, List.of(otherPlace, first));
      assertThat(d.outcome()).isEqualTo(TriageOutcome.DUPLICATE);
      assertThat(d.duplicateOf()).contains(OrderId.of("O-1"));
      ServiceOrder late =
          order("O-4", FLAT_301, Category.WATER_LEAK, T0.plus(Duration.ofDays(8))).build();
      assertThat(RULES.triage(late, DISTRICT, List.of(first)).outcome())
          .as("outside the 7-day window")
          .isEqualTo(TriageOutcome.PROCEED);
      ServiceOrder closedFirst = first.cancel(DISPATCHER, "已撤", T0.plusSeconds(60));
      assertThat(RULES.triage(second, DISTRICT, List.of(closedFirst)).outcome())
          .as("closed orders are not duplicates")
          .isEqualTo(TriageOutcome.PROCEED);
      assertThat(RULES.triage(first, DISTRICT, List.of(first, second)).outcome())
          .as("a later order is not the original")
          .isEqualTo(TriageOutcome.PROCEED);
    }

    @Test
    @DisplayName(
        "duplicates to the second: the window's last instant counts, one second past it does not; of two orders "
            + "at the same instant the lower id is the original; of several originals the earliest is linked")
    void duplicateBoundaries() {
      ServiceOrder first = order("O-1", FLAT_301, Category.WATER_LEAK, T0).build();
      ServiceOrder atWindow =
          order("O-5", FLAT_301, Category.WATER_LEAK, T0.plus(Duration.ofDays(7))).build();
      assertThat(RULES.triage(atWindow, DISTRICT, List.of(first)).duplicateOf())
          .contains(OrderId.of("O-1"));
      ServiceOrder past =
          order("O-6", FLAT_301, Category.WATER_LEAK, T0.plus(Duration.ofDays(7)).plusSeconds(1))
              .build();
      assertThat(RULES.triage(past, DISTRICT, List.of(first)).outcome())
          .isEqualTo(TriageOutcome.PROCEED);
      ServiceOrder twin = order("O-2", FLAT_301, Category.WATER_LEAK, T0).build();
      assertThat(RULES.triage(twin, DISTRICT, List.of(first)).duplicateOf())
          .as("O-1 < O-2 at the same instant")
          .contains(OrderId.of("O-1"));
      assertThat(RULES.triage(first, DISTRICT, List.of(twin)).outcome())
          .isEqualTo(TriageOutcome.PROCEED);
      ServiceOrder middle =
          order("O-3", FLAT_301, Category.WATER_LEAK, T0.plus(Duration.ofHours(1))).build();
      ServiceOrder latest =
          order("O-4", FLAT_301, Category.WATER_LEAK, T0.plus(Duration.ofHours(2))).build();
      assertThat(RULES.triage(latest, DISTRICT, List.of(middle, first, twin)).duplicateOf())
          .contains(OrderId.of("O-1"));
      assertThat(RULES.triage(latest, DISTRICT, List.of(twin, middle)).duplicateOf())
          .contains(OrderId.of("O-2"));
      ServiceOrder otherCategory = order("O-7", FLAT_301, Category.PARKING, T0).build();
      assertThat(RULES.triage(latest, DISTRICT, List.of(otherCategory)).outcome())
          .isEqualTo(TriageOutcome.PROCEED);
    }
  }

  @Nested
  @DisplayName("the starting tier: 小事不出楼栋，大事不出社区")
  class StartingTier {
    @Test
    @DisplayName("a leak into one flat starts at the building, its leader being on duty")
    void building() {
      TriageDecision d = triage(order("O-1", FLAT_301, Category.WATER_LEAK, T0).build());
      assertThat(d.startTier()).contains(Tier.BUILDING);
      assertThat(d.reasons().codes()).containsExactly(TriageRule.START);
      assertThat(d.priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    @DisplayName(
        "scope: several buildings of a grid start at the grid, several grids at the community")
    void scope() {
      assertThat(
              triage(
                      order("O-1", FLAT_301, Category.WATER_LEAK, T0)
                          .scope(Scope.SEVERAL_BUILDINGS)
                          .build())
                  .startTier())
          .contains(Tier.GRID);
      assertThat(
              triage(
                      order("O-1", FLAT_301, Category.WATER_LEAK, T0)
                          .scope(Scope.SEVERAL_GRIDS)
                          .build())
                  .startTier())
          .contains(Tier.COMMUNITY);
    }

    @Test
    @DisplayName(
        "category target tier: parking is the community's, unlicensed construction the street's")
    void category() {
      TriageDecision parking = triage(order("O-1", FLAT_301, Category.PARKING, T0).build());
      assertThat(parking.startTier()).contains(Tier.COMMUNITY);
      assertThat(parking.reasons().codes()).contains(TriageRule.CATEGORY_TARGET);
      TriageDecision construction =
          triage(order("O-1", FLAT_301, Category.UNLICENSED_CONSTRUCTION, T0).build());
      assertThat(construction.startTier()).contains(Tier.STREET);
      assertThat(construction.department()).contains(Department.URBAN_MANAGEMENT);
      assertThat(construction.summonedDepartments()).containsExactly(Department.URBAN_MANAGEMENT);
    }

    @Test
    @DisplayName(
        "powers: law enforcement goes to the street (吹哨), a department's power to the district")
    void powers() {
      TriageDecision enforcement =
          triage(
              order("O-1", FLAT_301, Category.SANITATION, T0)
                  .addReportedFlag(OrderFlag.NEEDS_LAW_ENFORCEMENT)
                  .build());
      assertThat(enforcement.startTier()).contains(Tier.STREET);
      assertThat(enforcement.reasons().codes()).contains(TriageRule.LAW_ENFORCEMENT);
      TriageDecision power =
          triage(
              order("O-1", FLAT_301, Category.WATER_LEAK, T0)
                  .addReportedFlag(OrderFlag.NEEDS_DEPARTMENT_POWER)
                  .build());
      assertThat(power.startTier()).contains(Tier.DISTRICT);
      assertThat(power.department()).contains(Department.HOUSING);
    }

    @Test
    @DisplayName("possible violence: the police are told at once (人民调解法 Art. 25)")
    void violence() {
      TriageDecision d =
          triage(
              order("O-1", FLAT_301, Category.NEIGHBOUR_DISPUTE, T0)
                  .addReportedFlag(OrderFlag.VIOLENCE_RISK)
                  .build());
      assertThat(d.isPoliceNotified()).isTrue();
      assertThat(d.startTier()).contains(Tier.DISTRICT);
      assertThat(d.reasons().codes()).contains(TriageRule.VIOLENCE_RISK);
    }

    @Test
    @DisplayName("capacity: a building whose leader is off duty starts at the grid")
    void noLeader() {
      TriageDecision d = triage(order("O-1", FLAT_44, Category.WATER_LEAK, T0).build());
      assertThat(d.startTier()).contains(Tier.GRID);
      assertThat(d.reasons().codes())
          .containsSubsequence(TriageRule.NO_BUILDING_LEADER, TriageRule.START);
      assertThat(d.reasons().render(Locale.ENGLISH))
          .contains("Building B-44 has no active building leader.");
    }

    @Test
    @DisplayName("capacity: upwards while nobody on duty covers the area")
    void upwards() {
      TriageDecision d = triage(order("O-1", FLAT_60, Category.WATER_LEAK, T0).build());
      assertThat(d.startTier())
          .as("B-60 has no leader, its grid worker is on duty")
          .contains(Tier.GRID);
    }

    @Test
    @DisplayName("the location's own level: an order about a whole grid starts at the grid")
    void locationLevel() {
      TriageDecision d =
          triage(
              ServiceOrder.builder()
                  .from(order("O-1", FLAT_301, Category.SANITATION, T0).build())
                  .location(Location.of(AreaRef.of(GridId.of("G-1"))))
                  .build());
      assertThat(d.startTier()).contains(Tier.GRID);
    }

    @Test
    @DisplayName(
        "community-duty guard: utilities never make the community the primary handler (Art. 17)")
    void communityDuty() {
      GovernanceRules rules =
          GovernanceRules.builder().targetTier(Category.HEATING, Tier.COMMUNITY).build();
      TriageDecision d =
          rules.triage(order("O-1", FLAT_301, Category.HEATING, T0).build(), DISTRICT);
      assertThat(d.startTier()).contains(Tier.STREET);
      assertThat(d.reasons().codes()).contains(TriageRule.COMMUNITY_DUTY);
    }

    @Test
    @DisplayName(
        "属地兜底: a matter with no clear department that reaches the street goes to the district coordinator")
    void coordinator() {
      TriageDecision d =
          triage(
              order("O-1", FLAT_301, Category.OTHER, T0)
                  .addReportedFlag(OrderFlag.SEVERAL_DEPARTMENTS)
                  .build());
      assertThat(d.startTier()).contains(Tier.STREET);
      assertThat(d.department()).contains(Department.DISTRICT_COORDINATOR);
      assertThat(d.reasons().codes()).contains(TriageRule.COORDINATOR);
    }

    @Test
    @DisplayName("care needs raise the priority")
    void careNeeds() {
      TriageDecision d =
          triage(
              order("O-1", FLAT_44, Category.ELDERLY_MEALS, T0)
                  .addReportedCareNeed(CareNeed.MEAL_ASSISTANCE)
                  .build());
      assertThat(d.priority()).isEqualTo(Priority.RAISED);
      assertThat(d.reasons().render(Locale.CHINESE))
          .as("the registry's 独居 of flat 44 is read too")
          .contains("涉及关爱对象（独居老人、助餐）：优先办理，缩短时限。");
      assertThat(
              Priority.of(
                  order("O-2", FLAT_44, Category.ELDERLY_MEALS, T0)
                      .urgency(Urgency.CRITICAL)
                      .build()))
          .isEqualTo(Priority.CRITICAL);
    }
  }
}
