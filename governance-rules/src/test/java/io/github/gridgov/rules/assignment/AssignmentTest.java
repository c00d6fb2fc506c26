package io.github.gridgov.rules.assignment;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.Skill;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.catalogue.CatalogueEntry;
import io.github.gridgov.rules.catalogue.DispatchCatalogue;
import io.github.gridgov.rules.catalogue.DispatchMode;
import io.github.gridgov.rules.triage.Priority;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("派单: who takes an order")
class AssignmentTest {
  static final GovernanceRules RULES = GovernanceRules.standard();
  static final Instant T0 = Instant.parse("2026-06-01T02:00:00Z");

  static ServiceOrder leak() {
    return order("O-1", FLAT_301, Category.WATER_LEAK, T0).requester(WANG).build();
  }

  static AssignmentDecision assign(ServiceOrder o, Tier tier, Workload w) {
    return RULES.assign(o, tier, DISTRICT, w, T0);
  }

  @Nested
  @DisplayName("hard constraints")
  class Hard {
    @Test
    @DisplayName(
        "the building leader takes a leak in the building, with a dispatch carrying the SLA deadlines")
    void buildingLeader() {
      AssignmentDecision d = RULES.assign(leak(), DISTRICT, Workload.none(), T0);
      assertThat(d.outcome()).isEqualTo(AssignmentOutcome.ASSIGNED);
      assertThat(d.tier()).contains(Tier.BUILDING);
      assertThat(d.assignee()).contains(Assignee.of(LEADER_43));
      assertThat(d.dispatch().orElseThrow().deadlines()).isEqualTo(RULES.deadlines(leak(), T0));
      assertThat(d.candidates())
          .extracting(Candidate::assignee)
          .containsExactly(Assignee.of(LEADER_43), Assignee.of(UNIT_43), Assignee.of(PROPERTY));
      assertThat(d.reasons().codes()).containsExactly(AssignmentRule.CHOSEN);
    }

    @Test
    @DisplayName("nobody at capacity is assigned, and the reason says so")
    void capacity() {
      Workload busy = Workload.builder().putOpenOrder(Assignee.of(LEADER_43), 5).build();
      AssignmentDecision d = assign(leak(), Tier.BUILDING, busy);
      assertThat(d.assignee())
          .as("the next closest: the unit leader of the same building")
          .contains(Assignee.of(UNIT_43));
      Candidate leader =
          d.candidates().stream()
              .filter(c -> c.assignee().equals(Assignee.of(LEADER_43)))
              .findFirst()
              .orElseThrow();
      assertThat(leader.isEligible()).isFalse();
      assertThat(leader.reasons().render(Locale.ENGLISH))
          .containsExactly("R-leader-43 already has 5 open orders, its capacity is 5.");
    }

    @Test
    @DisplayName("an off-duty responder is never assigned")
    void offDuty() {
      ServiceOrder o = order("O-1", FLAT_44, Category.WATER_LEAK, T0).build();
      AssignmentDecision d = assign(o, Tier.BUILDING, Workload.none());
      assertThat(d.candidates())
          .filteredOn(c -> c.assignee().equals(Assignee.of(LEADER_44)))
          .singleElement()
          .satisfies(c -> assertThat(c.reasons().codes()).containsExactly(AssignmentRule.OFF_DUTY));
      assertThat(d.assignee()).contains(Assignee.of(PROPERTY));
    }

    @Test
    @DisplayName("required skills are hard: without a plumber nobody is eligible")
    void requiredSkills() {
      GovernanceRules rules =
          GovernanceRules.builder()
              .catalogue(
                  DispatchCatalogue.standard().toBuilder()
                      .put(
                          CatalogueEntry.builder()
                              .category(Category.WATER_LEAK)
                              .targetTier(Tier.BUILDING)
                              .addRequiredSkill(Skill.ELECTRICAL)
                              .build())
                      .build())
              .build();
      AssignmentDecision d = rules.assign(leak(), Tier.BUILDING, DISTRICT, Workload.none(), T0);
      assertThat(d.assignee()).contains(Assignee.of(PROPERTY));
      assertThat(d.candidates())
          .filteredOn(c -> !c.isEligible())
          .hasSize(2)
          .allSatisfy(
              c -> assertThat(c.reasons().codes()).containsExactly(AssignmentRule.MISSING_SKILLS));
    }

    @Test
    @DisplayName("the requester never handles their own matter")
    void notTheRequester() {
      ServiceOrder meals = order("O-1", FLAT_44, Category.ELDERLY_MEALS, T0).requester(LI).build();
      AssignmentDecision d = assign(meals, Tier.COMMUNITY, Workload.none());
      assertThat(d.candidates())
          .filteredOn(c -> c.assignee().equals(Assignee.of(VOLUNTEER)))
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.isEligible()).isFalse();
                assertThat(c.reasons().codes()).containsExactly(AssignmentRule.IS_REQUESTER);
              });
    }

    @Test
    @DisplayName("dangerous tasks go only to insured volunteers (北京市志愿服务促进条例 Art. 19)")
    void insured() {
      ServiceOrder o =
          order("O-1", FLAT_44, Category.ELDERLY_CARE, T0)
              .addReportedFlag(OrderFlag.DANGEROUS_TASK)
              .build();
      AssignmentDecision d = assign(o, Tier.COMMUNITY, Workload.none());
      assertThat(d.candidates())
          .filteredOn(Candidate::isEligible)
          .extracting(Candidate::assignee)
          .doesNotContain(Assignee.of(PARTY_MEMBER), Assignee.of(RED_TEAM))
          .contains(Assignee.of(VOLUNTEER));
      assertThat(d.candidates())
          .filteredOn(c -> c.assignee().equals(Assignee.of(PARTY_MEMBER)))
          .singleElement()
          .satisfies(
              c -> assertThat(c.reasons().codes()).containsExactly(AssignmentRule.NOT_INSURED));
    }
  }

  @Nested
  @DisplayName("soft ranking")
  class Soft {
    @Test
    @DisplayName("closeness first: the building leader before the property company of the compound")
    void closeness() {
      AssignmentDecision d = assign(leak(), Tier.BUILDING, Workload.none());
      assertThat(d.candidates().get(0).closeness()).isEqualTo(Closeness.SAME_BUILDING);
      assertThat(d.candidates().get(2).closeness()).isEqualTo(Closeness.SAME_COMPOUND);
    }

    @Test
    @DisplayName("squared load: a busy leader gives way to a close colleague with none")
    void load() {
      Workload w = Workload.builder().putOpenOrder(Assignee.of(LEADER_43), 4).build();
      AssignmentDecision d = assign(leak(), Tier.BUILDING, w);
      assertThat(d.candidates().get(0).score()).isEqualTo(20);
      assertThat(d.assignee())
          .as("4 open orders cost the leader 16 points, his plumbing skill wins back 10")
          .contains(Assignee.of(UNIT_43));
    }

    @Test
    @DisplayName(
        "ratings: half satisfied plus a preferred skill ties with no rating (the id breaks it); a better-rated responder wins")
    void ratings() {
      Workload w =
          Workload.builder().putRating(Assignee.of(LEADER_43), RatingRecord.of(10, 5)).build();
      AssignmentDecision d = assign(leak(), Tier.BUILDING, w);
      Candidate leader =
          d.candidates().stream()
              .filter(c -> c.assignee().equals(Assignee.of(LEADER_43)))
              .findFirst()
              .orElseThrow();
      Candidate unit =
          d.candidates().stream()
              .filter(c -> c.assignee().equals(Assignee.of(UNIT_43)))
              .findFirst()
              .orElseThrow();
      assertThat(leader.score()).isEqualTo(-0 + 10 + 10);
      assertThat(unit.score()).isEqualTo(20);
      assertThat(d.assignee())
          .as("equal scores: the id breaks the tie")
          .contains(Assignee.of(LEADER_43));
      Workload better =
          Workload.builder()
              .putRating(Assignee.of(LEADER_43), RatingRecord.of(10, 4))
              .putRating(Assignee.of(UNIT_43), RatingRecord.of(10, 10))
              .build();
      AssignmentDecision rated = assign(leak(), Tier.BUILDING, better);
      assertThat(rated.assignee())
          .as("ten of ten satisfied beats four of ten and a preferred skill")
          .contains(Assignee.of(UNIT_43));
      assertThat(rated.candidates()).extracting(Candidate::score).startsWith(20L, 18L);
    }

    @Test
    @DisplayName("an unmanaged compound borrows its partner compound's property company")
    void partner() {
      ServiceOrder o = order("O-1", FLAT_50, Category.WATER_LEAK, T0).build();
      AssignmentDecision d = assign(o, Tier.BUILDING, Workload.none());
      assertThat(d.assignee()).contains(Assignee.of(PROPERTY));
      assertThat(d.candidates().get(0).closeness()).isEqualTo(Closeness.PARTNER_COMPOUND);
      assertThat(d.candidates().get(0).reasons().codes()).contains(AssignmentRule.PARTNER_COMPOUND);
    }

    @Test
    @DisplayName("care needs raise the priority of the decision")
    void careNeeds() {
      ServiceOrder o =
          order("O-1", FLAT_44, Category.ELDERLY_MEALS, T0)
              .addReportedCareNeed(CareNeed.MEAL_ASSISTANCE)
              .build();
      assertThat(assign(o, Tier.GRID, Workload.none()).priority()).isEqualTo(Priority.RAISED);
    }
  }

  @Nested
  @DisplayName("dispatch modes")
  class Modes {
    @Test
    @DisplayName("GRAB offers the order to every eligible candidate, best first")
    void grab() {
      ServiceOrder o = order("O-1", FLAT_44, Category.ELDERLY_CARE, T0).build();
      AssignmentDecision d = assign(o, Tier.COMMUNITY, Workload.none());
      assertThat(d.mode()).isEqualTo(DispatchMode.GRAB);
      assertThat(d.outcome()).isEqualTo(AssignmentOutcome.OFFERED);
      assertThat(d.assignee()).isEmpty();
      assertThat(d.offeredTo())
          .containsExactly(
              Assignee.of(PARTY_MEMBER),
              Assignee.of(RED_TEAM),
              Assignee.of(VOLUNTEER),
              Assignee.of(WORKER_ANFENG));
    }

    @Test
    @DisplayName("ROUND_ROBIN takes turns in id order after the last one assigned")
    void roundRobin() {
      GovernanceRules rules =
          GovernanceRules.builder()
              .dispatchMode(Category.WATER_LEAK, DispatchMode.ROUND_ROBIN)
              .build();
      Workload afterLeader = Workload.builder().lastAssigned(Assignee.of(LEADER_43)).build();
      assertThat(rules.assign(leak(), Tier.BUILDING, DISTRICT, afterLeader, T0).assignee())
          .contains(Assignee.of(PROPERTY));
      Workload afterProperty = Workload.builder().lastAssigned(Assignee.of(PROPERTY)).build();
      assertThat(rules.assign(leak(), Tier.BUILDING, DISTRICT, afterProperty, T0).assignee())
          .contains(Assignee.of(UNIT_43));
      Workload afterUnit = Workload.builder().lastAssigned(Assignee.of(UNIT_43)).build();
      assertThat(rules.assign(leak(), Tier.BUILDING, DISTRICT, afterUnit, T0).assignee())
          .as("wraps around")
          .contains(Assignee.of(LEADER_43));
    }
  }

  @Nested
  @DisplayName("nobody eligible")
  class Nobody {
    @Test
    @DisplayName("says why for each candidate and proposes the next tier")
    void proposesNextTier() {
      Workload full =
          Workload.builder()
              .putOpenOrder(Assignee.of(LEADER_43), 5)
              .putOpenOrder(Assignee.of(UNIT_43), 5)
              .putOpenOrder(Assignee.of(PROPERTY), 20)
              .build();
      AssignmentDecision d = assign(leak(), Tier.BUILDING, full);
      assertThat(d.outcome()).isEqualTo(AssignmentOutcome.NOBODY_ELIGIBLE);
      assertThat(d.proposedTier()).contains(Tier.GRID);
      assertThat(d.candidates()).hasSize(3).noneMatch(Candidate::isEligible);
      assertThat(d.reasons().render(Locale.CHINESE)).containsExactly("楼栋层级的3名候选人均不符合条件。");
    }

    @Test
    @DisplayName("at the top it proposes nothing higher: district-government coordination")
    void top() {
      Workload full =
          Workload.builder()
              .putOpenOrder(Assignee.of(HOUSING), 500)
              .putOpenOrder(Assignee.of(POLICE), 500)
              .putOpenOrder(Assignee.of(CIVIL_AFFAIRS), 500)
              .putOpenOrder(Assignee.of(URBAN_MANAGEMENT), 500)
              .putOpenOrder(Assignee.of(JUSTICE), 500)
              .putOpenOrder(Assignee.of(COORDINATOR), 500)
              .build();
      AssignmentDecision d = assign(leak(), Tier.DISTRICT, full);
      assertThat(d.proposedTier()).isEmpty();
      assertThat(d.reasons().codes())
          .containsExactly(AssignmentRule.NOBODY_ELIGIBLE, AssignmentRule.TOP_REACHED);
    }

    @Test
    @DisplayName("an order triage refers elsewhere is assigned to nobody, with triage's reasons")
    void notRoutable() {
      ServiceOrder o =
          order("O-1", FLAT_301, Category.GAS_SUPPLY, T0)
              .addReportedFlag(OrderFlag.EMERGENCY)
              .build();
      AssignmentDecision d = RULES.assign(o, DISTRICT, Workload.none(), T0);
      assertThat(d.outcome()).isEqualTo(AssignmentOutcome.NOBODY_ELIGIBLE);
      assertThat(d.tier()).isEmpty();
      assertThat(d.reasons().codes())
          .containsExactly("triage.emergency", AssignmentRule.NOT_ROUTABLE);
    }
  }

  @Test
  @DisplayName("unknown responders in a workload change nothing")
  void unknownInWorkload() {
    Workload w = Workload.builder().putOpenOrder(Assignee.of(ResponderId.of("R-ghost")), 3).build();
    assertThat(assign(leak(), Tier.BUILDING, w).assignee()).contains(Assignee.of(LEADER_43));
  }

  @Nested
  @DisplayName("candidates are values that show their load and why")
  class Candidates {
    Candidate of(AssignmentDecision d, io.github.gridgov.core.people.ResponderId id) {
      return d.candidates().stream()
          .filter(c -> c.assignee().equals(Assignee.of(id)))
          .findFirst()
          .orElseThrow();
    }

    @Test
    @DisplayName(
        "a candidate carries the open orders and capacity it was judged on, and prints them")
    void loadAndText() {
      Workload w =
          Workload.builder()
              .putOpenOrder(Assignee.of(LEADER_43), 2)
              .putRating(Assignee.of(LEADER_43), RatingRecord.of(8, 7))
              .build();
      Candidate leader = of(assign(leak(), Tier.BUILDING, w), LEADER_43);
      assertThat(leader.openOrders()).isEqualTo(2);
      assertThat(leader.capacity()).isEqualTo(5);
      assertThat(leader)
          .hasToString(
              "Candidate{responder:R-leader-43, SAME_BUILDING, 2/5, score="
                  + leader.score()
                  + ", eligible}");
      assertThat(leader.reasons().asList())
          .filteredOn(r -> r.code().equals(AssignmentRule.RATINGS))
          .singleElement()
          .satisfies(r -> assertThat(r.args()).contains("87"));
      Candidate offDuty =
          of(
              assign(
                  order("O-2", FLAT_44, Category.WATER_LEAK, T0).build(),
                  Tier.BUILDING,
                  Workload.builder().putOpenOrder(Assignee.of(LEADER_44), 5).build()),
              LEADER_44);
      assertThat(offDuty.toString())
          .startsWith("Candidate{responder:R-leader-44, SAME_BUILDING, 5/5, score=")
          .contains("fails [");
      assertThat(offDuty.failedConstraints())
          .containsExactly(AssignmentRules.ON_DUTY, AssignmentRules.CAPACITY);
      assertThat(leader.failedConstraints()).isEmpty();
    }

    @Test
    @DisplayName("candidates judged on the same facts are equal; on other facts not")
    void equality() {
      Workload two = Workload.builder().putOpenOrder(Assignee.of(LEADER_43), 2).build();
      Workload three = Workload.builder().putOpenOrder(Assignee.of(LEADER_43), 3).build();
      Workload rated =
          Workload.builder()
              .putOpenOrder(Assignee.of(LEADER_43), 2)
              .putRating(Assignee.of(LEADER_43), RatingRecord.of(8, 2))
              .build();
      new com.google.common.testing.EqualsTester()
          .addEqualityGroup(
              of(assign(leak(), Tier.BUILDING, two), LEADER_43),
              of(assign(leak(), Tier.BUILDING, two), LEADER_43))
          .addEqualityGroup(of(assign(leak(), Tier.BUILDING, three), LEADER_43))
          .addEqualityGroup(of(assign(leak(), Tier.BUILDING, rated), LEADER_43))
          .addEqualityGroup(of(assign(leak(), Tier.BUILDING, two), UNIT_43))
          .addEqualityGroup(of(assign(leak(), Tier.BUILDING, two), PROPERTY))
          .testEquals();
    }
  }
}
