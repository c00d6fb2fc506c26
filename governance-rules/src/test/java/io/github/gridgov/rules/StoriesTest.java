package io.github.gridgov.rules;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.OrderStep;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.rules.assignment.AssignmentDecision;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.escalation.Escalation;
import io.github.gridgov.rules.sla.SlaLevel;
import io.github.gridgov.rules.triage.Priority;
import io.github.gridgov.rules.triage.TriageDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The stories of the source reports, played through the rules as a host platform would. */
@DisplayName("stories from the source reports")
class StoriesTest {
  static final GovernanceRules RULES = GovernanceRules.standard();
  static final Instant MORNING = Instant.parse("2026-06-01T00:00:00Z"); // 08:00 in Beijing

  static Instant at(double hours) {
    return MORNING.plusSeconds((long) (hours * 3600));
  }

  @Test
  @DisplayName(
      "安丰社区: a leak from a vacant flat upstairs, owner unreachable — building leader, then the street "
          + "summons housing and police, both report in, solved within a day")
  void leakFromVacantFlat() {
    ServiceOrder order =
        order("WX-2026-000123", FLAT_301, Category.WATER_LEAK, MORNING)
            .requester(WANG)
            .description("楼上401空置房漏水到我家，联系不上业主")
            .build();
    TriageDecision triage = RULES.triage(order, DISTRICT);
    assertThat(triage.startTier()).contains(Tier.BUILDING);

    AssignmentDecision pick = RULES.assign(order, DISTRICT, Workload.none(), at(0.1));
    assertThat(pick.assignee()).contains(Assignee.of(LEADER_43));
    Actor leader = Actor.responder(LEADER_43);
    order =
        order.dispatch(DISPATCHER, pick.dispatch().orElseThrow(), at(0.1)).accept(leader, at(0.3));

    // the leader finds flat 401 empty and its owner unreachable: the door must be opened lawfully
    order =
        order
            .addFlag(leader, OrderFlag.SEVERAL_DEPARTMENTS, at(1))
            .addFlag(leader, OrderFlag.PUBLIC_SAFETY, at(1));
    Escalation whistle = RULES.escalation(order, DISTRICT, at(1)).orElseThrow();
    assertThat(whistle.trigger()).isEqualTo(EscalationTrigger.FLAG_NEEDS_HIGHER_TIER);
    assertThat(whistle.to()).isEqualTo(Tier.STREET);
    assertThat(whistle.summonedDepartments())
        .containsExactly(Department.HOUSING, Department.POLICE);
    assertThat(whistle.reasons().render(Locale.CHINESE)).contains("街道吹哨：住房和城乡建设部门、公安部门报到（第十六条）。");

    order = RULES.apply(order, whistle);
    assertThat(order.owner()).contains(Assignee.of(STREET_OFFICE));
    Actor street = Actor.responder(STREET_OFFICE);
    order =
        RULES.reportIn(
            RULES.reportIn(order.accept(street, at(1.5)), HOUSING, DISTRICT, at(2)),
            POLICE,
            DISTRICT,
            at(2.5));
    assertThat(order.reportedDepartments()).containsExactly(Department.HOUSING, Department.POLICE);
    order =
        order
            .resolve(street, "住建部门与派出所民警到场，依法开门关阀，排查线路", at(7))
            .rate(Actor.resident(WANG), Rating.of(Satisfaction.VERY_SATISFIED, true), at(8));

    assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
    assertThat(Duration.between(order.reportedAt(), order.lastChangedAt()))
        .isLessThan(Duration.ofDays(1));
    assertThat(RULES.sla(order, at(8)).level()).isEqualTo(SlaLevel.GREEN);
    assertThat(order.firstDispatch().map(Dispatch::assignee)).contains(Assignee.of(LEADER_43));
    assertThat(order.events())
        .extracting(OrderEvent::step)
        .containsExactly(
            OrderStep.DISPATCH,
            OrderStep.ACCEPT,
            OrderStep.ADD_FLAG,
            OrderStep.ADD_FLAG,
            OrderStep.ESCALATE,
            OrderStep.ACCEPT,
            OrderStep.REPORT_IN,
            OrderStep.REPORT_IN,
            OrderStep.RESOLVE,
            OrderStep.RATE);
  }

  @Test
  @DisplayName(
      "小事不出楼栋: a neighbour dispute is mediated by the unit leader and stays in the building")
  void neighbourDisputeStaysInBuilding() {
    ServiceOrder order =
        order("WX-2", FLAT_301, Category.NEIGHBOUR_DISPUTE, MORNING).requester(WANG).build();
    AssignmentDecision pick = RULES.assign(order, DISTRICT, Workload.none(), at(0.1));
    assertThat(pick.tier()).contains(Tier.BUILDING);
    assertThat(pick.assignee())
        .as("the unit leader offers mediation")
        .contains(Assignee.of(UNIT_43));
    Actor unitLeader = Actor.responder(UNIT_43);
    order =
        order
            .dispatch(DISPATCHER, pick.dispatch().orElseThrow(), at(0.1))
            .accept(unitLeader, at(1));
    for (double h = 1; h <= 30; h += 1) {
      assertThat(RULES.escalation(order, DISTRICT, at(h)))
          .as("no escalation at hour %s", h)
          .isEmpty();
    }
    order =
        order
            .resolve(unitLeader, "双方达成协议", at(30))
            .rate(Actor.resident(WANG), Rating.of(Satisfaction.SATISFIED, true), at(31));
    assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
    assertThat(order.tier()).contains(Tier.BUILDING);
  }

  @Test
  @DisplayName(
      "光明社区: an elderly resident living alone needs meals — priority raised, deadline halved")
  void elderlyMeals() {
    ServiceOrder order =
        order("WX-3", FLAT_44, Category.ELDERLY_MEALS, MORNING)
            .requester(ELDER)
            .addReportedCareNeed(CareNeed.ELDERLY_LIVING_ALONE)
            .addReportedCareNeed(CareNeed.MEAL_ASSISTANCE)
            .build();
    ServiceOrder withoutCare =
        ServiceOrder.builder().from(order).reportedCareNeeds(List.of()).build();
    TriageDecision triage = RULES.triage(order, DISTRICT);
    assertThat(triage.priority()).isEqualTo(Priority.RAISED);
    assertThat(triage.startTier()).contains(Tier.GRID);
    assertThat(RULES.deadlines(order, at(0.1)).resolveBy()).isEqualTo(at(84));
    assertThat(RULES.deadlines(withoutCare, at(0.1)).resolveBy()).isEqualTo(at(168));
    AssignmentDecision pick = RULES.assign(order, DISTRICT, Workload.none(), at(0.1));
    assertThat(pick.assignee()).contains(Assignee.of(GRID_1));
    assertThat(pick.priority()).isEqualTo(Priority.RAISED);
  }

  @Test
  @DisplayName(
      "an order nobody accepts in time is reassigned within the building first; the tier budget then "
          + "sends it to the grid, and with nobody else there, on to the community (equal scores there: ties by id)")
  void nobodyAccepts() {
    ServiceOrder order = order("WX-4", FLAT_301, Category.WATER_LEAK, MORNING).build();
    order =
        order.dispatch(
            DISPATCHER,
            RULES.assign(order, DISTRICT, Workload.none(), at(0)).dispatch().orElseThrow(),
            at(0));
    List<String> path = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Instant now = RULES.nextCheckAt(order).orElseThrow();
      Escalation e = RULES.escalation(order, DISTRICT, now).orElseThrow();
      order = RULES.apply(order, e);
      path.add(
          Duration.between(MORNING, now).toMinutes() / 60.0
              + "h "
              + e.trigger()
              + " "
              + e.kind()
              + " "
              + order.owner().get());
    }
    assertThat(path)
        .containsExactly(
            "24.0h NOT_ACCEPTED_IN_TIME REASSIGN_IN_TIER responder:R-unit-43",
            "33.6h TIER_BUDGET_PASSED ESCALATE responder:R-grid-1",
            "57.6h NOT_ACCEPTED_IN_TIME ESCALATE responder:R-party-zhou",
            "81.6h NOT_ACCEPTED_IN_TIME REASSIGN_IN_TIER responder:R-volunteer-li");
  }

  @Test
  @DisplayName("an overdue order climbs tier by tier to DISTRICT and no further")
  void overdueClimbs() {
    ServiceOrder order = order("WX-5", FLAT_301, Category.WATER_LEAK, MORNING).build();
    order =
        order
            .dispatch(
                DISPATCHER,
                RULES.assign(order, DISTRICT, Workload.none(), at(0)).dispatch().orElseThrow(),
                at(0))
            .accept(Actor.responder(LEADER_43), at(0.5));
    Instant now = at(200); // long past the 7-day limit
    List<Tier> tiers = new ArrayList<>(List.of(order.tier().get()));
    for (int check = 0; check < 10; check++) {
      now = now.plus(Duration.ofMinutes(10));
      var e = RULES.escalation(order, DISTRICT, now);
      if (e.isEmpty()) {
        break;
      }
      assertThat(e.get().to()).isGreaterThanOrEqualTo(e.get().from());
      order = RULES.apply(order, e.get());
      if (order.status() == OrderStatus.DISPATCHED) {
        order =
            order.accept(
                Actor.responder(order.owner().get().responder().get()), now.plusSeconds(60));
      }
      tiers.add(order.tier().get());
    }
    assertThat(tiers)
        .containsExactly(
            Tier.BUILDING, Tier.GRID, Tier.COMMUNITY, Tier.STREET, Tier.DISTRICT, Tier.DISTRICT);
    assertThat(order.flags()).contains(OrderFlag.DISTRICT_COORDINATION);
    assertThat(order.owner()).contains(Assignee.of(HOUSING));
    assertThat(RULES.escalation(order, DISTRICT, now.plus(Duration.ofDays(30)))).isEmpty();
  }
}
