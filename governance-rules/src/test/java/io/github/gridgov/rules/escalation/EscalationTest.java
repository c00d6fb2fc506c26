package io.github.gridgov.rules.escalation;

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
import io.github.gridgov.core.order.OrderStep;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.assignment.Workload;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("升级: when an order must move")
class EscalationTest {
  static final GovernanceRules RULES = GovernanceRules.standard();
  static final Instant T0 = Instant.parse("2026-06-01T02:00:00Z");
  static final Actor LEADER = Actor.responder(LEADER_43);

  static Instant h(double hours) {
    return T0.plusSeconds((long) (hours * 3600));
  }

  static ServiceOrder dispatched() {
    ServiceOrder o = order("O-1", FLAT_301, Category.WATER_LEAK, T0).requester(WANG).build();
    return o.dispatch(
        DISPATCHER,
        RULES
            .assign(o, DISTRICT, io.github.gridgov.rules.assignment.Workload.none(), h(0.1))
            .dispatch()
            .orElseThrow(),
        h(0.1));
  }

  static ServiceOrder accepted() {
    return dispatched().accept(LEADER, h(0.5));
  }

  /** An accepted order escalated to {@code tier}, accepted there and then returned as beyond ability. */
  static ServiceOrder returnedAt(
      Tier tier, io.github.gridgov.core.people.ResponderId owner, String why) {
    ServiceOrder o = accepted();
    return o.escalate(
            TIMER, Dispatch.of(Assignee.of(owner), tier, RULES.deadlines(o, h(1))), "test", h(1))
        .accept(Actor.responder(owner), h(1.1))
        .returnAsBeyondAbility(Actor.responder(owner), why, h(2));
  }

  static Escalation escalation(ServiceOrder o, Instant now) {
    return RULES.escalation(o, DISTRICT, now).orElseThrow();
  }

  @Test
  @DisplayName("nothing moves while the order is on time")
  void onTime() {
    assertThat(RULES.escalation(accepted(), DISTRICT, h(10))).isEmpty();
    assertThat(
            RULES.escalation(
                order("O-1", FLAT_301, Category.WATER_LEAK, T0).build(), DISTRICT, h(500)))
        .as("not dispatched yet")
        .isEmpty();
  }

  @Nested
  @DisplayName("not accepted in time")
  class NotAccepted {
    @Test
    @DisplayName("is reassigned within the tier first, to someone not yet tried there")
    void reassignFirst() {
      ServiceOrder o = dispatched();
      Escalation e = escalation(o, h(24.2));
      assertThat(e.trigger()).isEqualTo(EscalationTrigger.NOT_ACCEPTED_IN_TIME);
      assertThat(e.kind()).isEqualTo(EscalationKind.REASSIGN_IN_TIER);
      assertThat(e.from()).isEqualTo(Tier.BUILDING);
      assertThat(e.to()).isEqualTo(Tier.BUILDING);
      assertThat(e.reassignTo()).contains(Assignee.of(UNIT_43));
      assertThat(e.reasons().codes())
          .containsExactly(EscalationRule.NOT_ACCEPTED, EscalationRule.REASSIGN);
    }

    @Test
    @DisplayName(
        "with the host's workload, passes over anyone at capacity, in the rule and on the agenda")
    void respectsCapacity() {
      ServiceOrder o = dispatched();
      io.github.gridgov.rules.assignment.Workload busy =
          io.github.gridgov.rules.assignment.Workload.builder()
              .putOpenOrder(Assignee.of(UNIT_43), 10_000)
              .build();
      Escalation e = RULES.escalation(o, DISTRICT, busy, h(24.2)).orElseThrow();
      assertThat(e.kind()).isEqualTo(EscalationKind.REASSIGN_IN_TIER);
      assertThat(e.reassignTo()).contains(Assignee.of(PROPERTY));
      var agenda = RULES.agenda(DISTRICT, () -> busy);
      agenda.put(o);
      assertThat(agenda.poll(h(24.2))).containsExactly(e);
      var unaware = RULES.agenda(DISTRICT);
      unaware.put(o);
      assertThat(unaware.poll(h(24.2)))
          .extracting(Escalation::reassignTo)
          .containsExactly(java.util.Optional.of(Assignee.of(UNIT_43)));
    }

    @Test
    @DisplayName("goes up once everyone at the tier was tried")
    void thenUp() {
      ServiceOrder o = dispatched();
      ServiceOrder second =
          o.reassign(
              DISPATCHER,
              Dispatch.of(Assignee.of(UNIT_43), Tier.BUILDING, RULES.deadlines(o, h(24.2))),
              "未按时签收",
              h(24.2));
      ServiceOrder third =
          second.reassign(
              DISPATCHER,
              Dispatch.of(Assignee.of(PROPERTY), Tier.BUILDING, RULES.deadlines(second, h(48.3))),
              "未按时签收",
              h(48.3));
      Escalation e = escalation(third, h(73));
      assertThat(e.trigger()).isEqualTo(EscalationTrigger.NOT_ACCEPTED_IN_TIME);
      assertThat(e.kind()).isEqualTo(EscalationKind.ESCALATE);
      assertThat(e.to()).isEqualTo(Tier.GRID);
    }
  }

  @Test
  @DisplayName("the owner's return as beyond its ability moves the order up")
  void returned() {
    ServiceOrder o = accepted().returnAsBeyondAbility(LEADER, "需要住建部门", h(1));
    Escalation e = escalation(o, h(1));
    assertThat(e.trigger()).isEqualTo(EscalationTrigger.RETURNED_BY_OWNER);
    assertThat(e.to()).isEqualTo(Tier.GRID);
  }

  @Test
  @DisplayName(
      "two unsatisfied ratings at a tier move the order up; ratings at a lower tier do not count again")
  void unsatisfied() {
    Actor resident = Actor.resident(WANG);
    ServiceOrder once =
        accepted()
            .resolve(LEADER, "已修", h(2))
            .rate(resident, Rating.of(Satisfaction.DISSATISFIED, false), h(3));
    assertThat(RULES.escalation(once, DISTRICT, h(3))).isEmpty();
    ServiceOrder twice =
        once.resolve(LEADER, "再修", h(4))
            .rate(resident, Rating.of(Satisfaction.VERY_DISSATISFIED, false), h(5));
    Escalation e = escalation(twice, h(5));
    assertThat(e.trigger()).isEqualTo(EscalationTrigger.UNSATISFIED_RATINGS);
    ServiceOrder up =
        twice.escalate(
            TIMER,
            Dispatch.of(Assignee.of(GRID_1), Tier.GRID, RULES.deadlines(twice, h(5))),
            "escalation.unsatisfied",
            h(5));
    assertThat(RULES.escalation(up, DISTRICT, h(5))).isEmpty();
  }

  @Test
  @DisplayName("a new flag that needs a higher tier moves the order straight there")
  void flag() {
    ServiceOrder o = accepted().addFlag(LEADER, OrderFlag.VIOLENCE_RISK, h(1));
    Escalation e = escalation(o, h(1));
    assertThat(e.trigger()).isEqualTo(EscalationTrigger.FLAG_NEEDS_HIGHER_TIER);
    assertThat(e.to()).isEqualTo(Tier.DISTRICT);
  }

  @Test
  @DisplayName("the tier budget: a fifth of the limit at the building, then up")
  void tierBudget() {
    Escalation e = escalation(accepted(), h(33.7));
    assertThat(e.trigger()).isEqualTo(EscalationTrigger.TIER_BUDGET_PASSED);
    assertThat(e.to()).isEqualTo(Tier.GRID);
    assertThat(RULES.escalation(accepted(), DISTRICT, h(33.5))).isEmpty();
  }

  @Test
  @DisplayName(
      "首接负责: an accepted order whose owner went off duty moves by an approved transfer within the tier")
  void ownerUnavailable() {
    ServiceOrder o =
        order("O-1", FLAT_44, Category.WATER_LEAK, T0)
            .build()
            .dispatch(
                DISPATCHER,
                Dispatch.of(
                    Assignee.of(LEADER_44),
                    Tier.BUILDING,
                    RULES.deadlines(
                        order("O-1", FLAT_44, Category.WATER_LEAK, T0).build(), h(0.1))),
                h(0.1))
            .accept(Actor.responder(LEADER_44), h(0.2));
    Escalation e = escalation(o, h(1));
    assertThat(e.trigger()).isEqualTo(EscalationTrigger.OWNER_UNAVAILABLE);
    assertThat(e.kind()).isEqualTo(EscalationKind.TRANSFER_IN_TIER);
    assertThat(e.reassignTo()).contains(Assignee.of(PROPERTY));
    assertThat(RULES.check(o, e.dispatch().get(), DISTRICT, Workload.none(), h(1)).isValid())
        .isTrue();
    ServiceOrder moved = RULES.apply(o, e);
    assertThat(moved.owner()).contains(Assignee.of(PROPERTY));
    assertThat(moved.events())
        .extracting(OrderEvent::step)
        .endsWith(OrderStep.APPROVE_TRANSFER, OrderStep.TRANSFER);
    assertThat(moved.events().get(moved.events().size() - 2).trigger())
        .contains(EscalationTrigger.OWNER_UNAVAILABLE);
    assertThat(moved.firstDispatch().get().assignee()).isEqualTo(Assignee.of(LEADER_44));
  }

  @Test
  @DisplayName(
      "triggers are tried in their order: a flag, a return, the overall deadline, the tier budget, then the owner's absence")
  void triggerOrder() {
    ServiceOrder reported = order("O-1", FLAT_44, Category.WATER_LEAK, T0).build();
    ServiceOrder away =
        reported
            .dispatch(
                DISPATCHER,
                Dispatch.of(
                    Assignee.of(LEADER_44), Tier.BUILDING, RULES.deadlines(reported, h(0.1))),
                h(0.1))
            .accept(Actor.responder(LEADER_44), h(0.2));
    Instant budget = RULES.nextCheckAt(away).orElseThrow();
    Instant deadline = away.currentDispatch().get().deadlines().resolveBy();
    assertThat(budget).as("the building's budget ends before the overall limit").isBefore(deadline);
    Instant late = deadline.plus(Duration.ofHours(1));
    assertThat(escalation(away, budget.minusSeconds(60)).trigger())
        .as("the owner is off duty, nothing else")
        .isEqualTo(EscalationTrigger.OWNER_UNAVAILABLE);
    assertThat(escalation(away, budget).trigger())
        .as("the budget before the absence")
        .isEqualTo(EscalationTrigger.TIER_BUDGET_PASSED);
    assertThat(escalation(away, late).trigger())
        .as("the overall deadline before the budget")
        .isEqualTo(EscalationTrigger.DEADLINE_PASSED);
    ServiceOrder returned =
        away.returnAsBeyondAbility(Actor.responder(LEADER_44), "需要专业维修", h(0.5));
    assertThat(escalation(returned, late).trigger())
        .as("a return before the deadline")
        .isEqualTo(EscalationTrigger.RETURNED_BY_OWNER);
    ServiceOrder flagged = returned.addFlag(DISPATCHER, OrderFlag.VIOLENCE_RISK, h(0.6));
    assertThat(escalation(flagged, late).trigger())
        .as("a flag needing a higher tier before everything")
        .isEqualTo(EscalationTrigger.FLAG_NEEDS_HIGHER_TIER);
  }

  @Test
  @DisplayName("at the street an escalation is a 吹哨 naming the departments to summon")
  void whistle() {
    Escalation e = escalation(returnedAt(Tier.COMMUNITY, WORKER_ANFENG, "需住建部门"), h(2));
    assertThat(e.to()).isEqualTo(Tier.STREET);
    assertThat(e.summonedDepartments()).containsExactly(Department.HOUSING);
    assertThat(e.reasons().render(Locale.CHINESE)).contains("街道吹哨：住房和城乡建设部门报到（第十六条）。");
  }

  @Test
  @DisplayName(
      "at the district it is flagged for district-government coordination, never past the top")
  void top() {
    ServiceOrder atDistrict = returnedAt(Tier.DISTRICT, HOUSING, "需区政府统筹");
    Escalation e = escalation(atDistrict, h(2));
    assertThat(e.kind()).isEqualTo(EscalationKind.DISTRICT_COORDINATION);
    assertThat(e.to()).isEqualTo(Tier.DISTRICT);
    ServiceOrder flagged = atDistrict.addFlag(TIMER, OrderFlag.DISTRICT_COORDINATION, h(2));
    assertThat(RULES.escalation(flagged, DISTRICT, h(500))).isEmpty();
    assertThat(RULES.nextCheckAt(flagged)).isEmpty();
  }

  @Nested
  @DisplayName("timers")
  class Timers {
    @Test
    @DisplayName("nextCheckAt is the earliest of acceptance, tier budget and resolution due times")
    void nextCheck() {
      assertThat(RULES.nextCheckAt(dispatched())).contains(h(24.1));
      assertThat(RULES.nextCheckAt(accepted()))
          .as("the tier budget, counted from the dispatch")
          .contains(h(33.7));
      assertThat(RULES.nextCheckAt(accepted().suspend(LEADER, "等业主", h(1)))).isEmpty();
      assertThat(RULES.nextCheckAt(order("O-1", FLAT_301, Category.WATER_LEAK, T0).build()))
          .isEmpty();
    }

    @Test
    @DisplayName("nothing is due before nextCheckAt, something is due at it")
    void dueAtNextCheck() {
      ServiceOrder o = accepted();
      Instant next = RULES.nextCheckAt(o).orElseThrow();
      assertThat(RULES.escalation(o, DISTRICT, next.minusSeconds(1))).isEmpty();
      assertThat(RULES.escalation(o, DISTRICT, next)).isPresent();
    }

    @Test
    @DisplayName("the batch form returns only the orders that need action")
    void due() {
      ServiceOrder late = accepted();
      ServiceOrder fresh =
          ServiceOrder.builder()
              .from(accepted().asReported())
              .id(io.github.gridgov.core.order.OrderId.of("O-2"))
              .reportedAt(h(39))
              .build();
      ServiceOrder onTime =
          fresh
              .dispatch(
                  DISPATCHER,
                  RULES
                      .assign(
                          fresh,
                          DISTRICT,
                          io.github.gridgov.rules.assignment.Workload.none(),
                          h(39))
                      .dispatch()
                      .orElseThrow(),
                  h(39))
              .accept(LEADER, h(39.5));
      assertThat(RULES.escalation(late, DISTRICT, h(40)))
          .as("the late one is due on its own")
          .isPresent();
      assertThat(RULES.escalation(onTime, DISTRICT, h(40)))
          .as("the one accepted an hour ago is not")
          .isEmpty();
      List<Escalation> due = RULES.due(List.of(late, onTime), DISTRICT, h(40));
      assertThat(due).extracting(Escalation::order).containsExactly(late.id());
    }
  }

  @Test
  @DisplayName("an unknown responder id owning an order counts as unavailable")
  void ghostOwner() {
    ServiceOrder o = order("O-1", FLAT_301, Category.WATER_LEAK, T0).build();
    ServiceOrder ghost =
        o.dispatch(
                DISPATCHER,
                Dispatch.of(
                    Assignee.of(ResponderId.of("R-ghost")),
                    Tier.BUILDING,
                    RULES.deadlines(o, h(0.1))),
                h(0.1))
            .accept(Actor.responder(ResponderId.of("R-ghost")), h(0.2));
    Escalation e = escalation(ghost, h(1));
    assertThat(e.trigger()).isEqualTo(EscalationTrigger.OWNER_UNAVAILABLE);
    assertThat(e.reasons().codes()).contains(EscalationRule.OWNER_UNAVAILABLE);
    assertThat(e.reasons().asList().get(0).args())
        .as("the reason names the ghost")
        .contains("R-ghost");
  }
}
