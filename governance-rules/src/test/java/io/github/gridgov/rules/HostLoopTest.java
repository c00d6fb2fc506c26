package io.github.gridgov.rules;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.Grid;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.order.IllegalTransitionException;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.OrderStep;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.ReferralTarget;
import io.github.gridgov.core.order.Satisfaction;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.order.Urgency;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.PersonName;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.ResponderRole;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.assignment.AssignmentDecision;
import io.github.gridgov.rules.assignment.Candidate;
import io.github.gridgov.rules.assignment.RatingRecord;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.escalation.Escalation;
import io.github.gridgov.rules.escalation.EscalationKind;
import io.github.gridgov.rules.intake.Intake;
import io.github.gridgov.rules.intake.IntakeOutcome;
import io.github.gridgov.rules.metrics.Metrics;
import io.github.gridgov.rules.metrics.MetricsOptions;
import io.github.gridgov.rules.metrics.Period;
import io.github.gridgov.rules.sla.DeadlinesInForce;
import io.github.gridgov.rules.sla.SlaProfile;
import io.github.gridgov.rules.sla.TierBudgets;
import io.github.gridgov.rules.triage.TriageRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The host loop, rule by rule: what intake and apply do, and the one deadline model behind them. */
@DisplayName(
    "the host loop: intake, apply, deadlines in force, facts from the registry, the ladder's record")
class HostLoopTest {
  static final GovernanceRules RULES = GovernanceRules.standard();
  static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  static final Period MARCH =
      Period.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
  static final Actor RESIDENT = Actor.resident(WANG);
  static final Actor OWNER_43 = Actor.responder(LEADER_43);

  static Instant h(double hours) {
    return T0.plus(Duration.ofMinutes((long) (hours * 60)));
  }

  static ServiceOrder leak(String id, HouseholdId at) {
    return order(id, at, Category.WATER_LEAK, T0).requester(WANG).build();
  }

  static Intake intake(ServiceOrder o) {
    return RULES.intake(o, DISTRICT, List.of(), Workload.none(), o.reportedAt());
  }

  static ServiceOrder rated(ServiceOrder o, Instant resolvedAt, Instant ratedAt) {
    return o.resolve(Actor.staff("D-1"), "已处理", resolvedAt)
        .rate(Actor.staff("callback-1"), Rating.of(Satisfaction.SATISFIED, true), ratedAt);
  }

  static Metrics metrics(ServiceOrder... orders) {
    return Metrics.of(List.of(orders), MARCH, MetricsOptions.standard());
  }

  @Nested
  @DisplayName("受理 intake: triage, assignment and the step that follows, in one call")
  class Intakes {
    @Test
    @DisplayName("小事不出楼栋: a leak in 43栋 is dispatched to its building leader")
    void dispatched() {
      Intake in = intake(leak("WX-1", FLAT_301));
      assertThat(in.outcome()).isEqualTo(IntakeOutcome.DISPATCHED);
      assertThat(in.order().status()).isEqualTo(OrderStatus.DISPATCHED);
      assertThat(in.order().owner()).contains(Assignee.of(LEADER_43));
      assertThat(in.order().events())
          .extracting(OrderEvent::step)
          .containsExactly(OrderStep.DISPATCH);
      assertThat(in.reasons().codes()).contains(TriageRule.START, "assignment.chosen");
      assertThat(in.order().events().get(0).actor()).isEqualTo(GovernanceRules.ACTOR);
    }

    @Test
    @DisplayName("a registered 独居 household's order gets the shorter deadline with nothing copied")
    void careNeedsFromTheRegistry() {
      ServiceOrder reported = leak("WX-2", FLAT_44);
      assertThat(reported.careNeeds()).isEmpty();
      Intake in = intake(reported);
      ServiceOrder o = in.order();
      assertThat(o.events())
          .extracting(OrderEvent::step)
          .containsExactly(OrderStep.NOTE_CARE_NEEDS, OrderStep.DISPATCH);
      assertThat(o.careNeeds())
          .containsExactlyInAnyOrder(CareNeed.ELDERLY_LIVING_ALONE, CareNeed.MEAL_ASSISTANCE);
      assertThat(o.currentDispatch().get().deadlines().resolveBy())
          .as("7 days halved")
          .isEqualTo(h(84));
      assertThat(RULES.deadlinesInForce(o, h(1)).resolveBy()).isEqualTo(h(84));
      assertThat(in.triage().priority()).isEqualTo(io.github.gridgov.rules.triage.Priority.RAISED);
      assertThat(RULES.deadlines(reported, DISTRICT, T0).resolveBy())
          .as("a hand dispatch is told the same")
          .isEqualTo(h(84));
    }

    @Test
    @DisplayName("an emergency is referred to its line at once (Art. 11)")
    void emergency() {
      Intake in =
          intake(
              order("WX-3", FLAT_301, Category.GAS_SUPPLY, T0)
                  .addReportedFlag(OrderFlag.EMERGENCY)
                  .build());
      assertThat(in.outcome()).isEqualTo(IntakeOutcome.REFERRED_EMERGENCY);
      assertThat(in.order().status()).isEqualTo(OrderStatus.REFERRED);
      assertThat(in.order().referral()).contains(ReferralTarget.FIRE_119);
    }

    @Test
    @DisplayName("a matter for a legal channel is pointed to its channel (Art. 11)")
    void legalChannel() {
      Intake in =
          intake(
              order("WX-4", FLAT_301, Category.FAMILY_DISPUTE, T0)
                  .addReportedFlag(OrderFlag.LEGAL_CHANNEL)
                  .build());
      assertThat(in.outcome()).isEqualTo(IntakeOutcome.REFERRED_LEGAL_CHANNEL);
      assertThat(in.order().referral()).contains(ReferralTarget.LITIGATION);
      assertThat(in.triage().referral()).contains(ReferralTarget.LITIGATION);
    }

    @Test
    @DisplayName("a duplicate is merged into the open order, and the open order links it back")
    void duplicate() {
      ServiceOrder first = intake(leak("WX-5", FLAT_301)).order();
      ServiceOrder again = order("WX-6", FLAT_301, Category.WATER_LEAK, h(1)).build();
      Intake in = RULES.intake(again, DISTRICT, List.of(first), Workload.none(), h(1));
      assertThat(in.outcome()).isEqualTo(IntakeOutcome.MERGED);
      assertThat(in.order().mergedInto()).contains(first.id());
      assertThat(in.primary().get().duplicates()).containsExactly(again.id());
    }

    @Test
    @DisplayName("a location outside the registry is referred to the platform where it lies")
    void elsewhere() {
      Intake in = intake(leak("WX-7", HouseholdId.of("H-elsewhere")));
      assertThat(in.outcome()).isEqualTo(IntakeOutcome.REFERRED_ELSEWHERE);
      assertThat(in.order().referral()).contains(ReferralTarget.OTHER_JURISDICTION);
    }

    @Test
    @DisplayName(
        "抢单: a grab category is offered to the eligible; the first of them to accept owns it")
    void grab() {
      Intake in = intake(order("WX-8", FLAT_301, Category.ELDERLY_CARE, T0).build());
      assertThat(in.outcome()).isEqualTo(IntakeOutcome.OFFERED);
      ServiceOrder offered = in.order();
      assertThat(offered.offeredTo()).isNotEmpty().isEqualTo(in.assignment().get().offeredTo());
      Assignee taker = offered.offeredTo().get(offered.offeredTo().size() - 1);
      assertThatThrownBy(() -> offered.accept(Actor.responder(LEADER_43), h(1)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("only one of them may take it");
      ServiceOrder taken = offered.claim(Actor.staff("D-1"), taker, h(1));
      assertThat(taken.status()).isEqualTo(OrderStatus.ACCEPTED);
      assertThat(taken.owner()).contains(taker);
      assertThat(taken.firstDispatch().get().assignee())
          .as("首接负责: the taker is the first owner")
          .isEqualTo(taker);
      assertThat(taken.offeredTo()).isEmpty();
    }

    @Test
    @DisplayName("intake takes received orders only")
    void receivedOnly() {
      ServiceOrder dispatched = intake(leak("WX-9", FLAT_301)).order();
      assertThatThrownBy(() -> intake(dispatched))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Cannot take in order WX-9: it is DISPATCHED, intake takes received orders only");
    }
  }

  @Nested
  @DisplayName("apply: every proposal is a legal step that passes the checks")
  class Apply {
    @Test
    @DisplayName(
        "改派: nobody accepted in time, so another owner at the tier, the trigger typed on the trail")
    void reassign() {
      ServiceOrder o = intake(leak("WX-10", FLAT_301)).order();
      Escalation e = RULES.escalation(o, DISTRICT, h(25)).get();
      assertThat(e.kind()).isEqualTo(EscalationKind.REASSIGN_IN_TIER);
      assertThat(RULES.check(o, e.dispatch().get(), DISTRICT, Workload.none(), h(25)).isValid())
          .isTrue();
      ServiceOrder moved = RULES.apply(o, e);
      OrderEvent last = moved.events().get(moved.events().size() - 1);
      assertThat(last.step()).isEqualTo(OrderStep.REASSIGN);
      assertThat(last.trigger()).contains(EscalationTrigger.NOT_ACCEPTED_IN_TIME);
      assertThat(last.at()).isEqualTo(h(25));
    }

    @Test
    @DisplayName(
        "首接负责: an accepted order whose leader went off duty moves by an approved transfer, never a refused step")
    void transfer() {
      ServiceOrder o = intake(leak("WX-11", FLAT_301)).order().accept(OWNER_43, h(1));
      Jurisdiction later = rosterWith(LEADER_43, false);
      Escalation e = RULES.escalation(o, later, h(2)).get();
      assertThat(e.kind()).isEqualTo(EscalationKind.TRANSFER_IN_TIER);
      assertThat(e.trigger()).isEqualTo(EscalationTrigger.OWNER_UNAVAILABLE);
      assertThat(RULES.check(o, e.dispatch().get(), later, Workload.none(), h(2)).violations())
          .isEmpty();
      ServiceOrder moved = RULES.apply(o, e);
      assertThat(moved.events())
          .extracting(OrderEvent::step)
          .endsWith(OrderStep.APPROVE_TRANSFER, OrderStep.TRANSFER);
      assertThat(moved.owner()).isEqualTo(e.reassignTo());
      assertThat(moved.tier()).contains(Tier.BUILDING);
      assertThat(
              RULES
                  .check(o, e.dispatch().get(), DISTRICT, Workload.none(), h(2))
                  .violates(io.github.gridgov.rules.check.DispatchChecks.TRANSFER))
          .as("while the leader is on duty it is refused")
          .isTrue();
    }

    @Test
    @DisplayName(
        "an overdue order gets a dispatch the checks accept: its passed due time stays, the owner still gets time to accept")
    void overdue() {
      ServiceOrder late = leak("WX-12", FLAT_301);
      AssignmentDecision a = RULES.assign(late, Tier.GRID, DISTRICT, Workload.none(), h(200));
      Deadlines d = a.dispatch().get().deadlines();
      assertThat(d.resolveBy()).isEqualTo(h(168));
      assertThat(d.acceptBy()).isEqualTo(h(224));
      assertThat(RULES.check(late, a.dispatch().get(), DISTRICT, Workload.none(), h(200)).isValid())
          .isTrue();
    }

    @Test
    @DisplayName(
        "吹哨 then 报到: the street summons the departments on the trail, and each reports in once")
    void whistleAndReportIn() {
      ServiceOrder o =
          intake(leak("WX-13", FLAT_301))
              .order()
              .accept(OWNER_43, h(1))
              .addFlag(OWNER_43, OrderFlag.NEEDS_LAW_ENFORCEMENT, h(2));
      Escalation e = RULES.escalation(o, DISTRICT, h(2)).get();
      assertThat(e.to()).isEqualTo(Tier.STREET);
      assertThat(e.summonedDepartments())
          .containsExactly(Department.HOUSING, Department.URBAN_MANAGEMENT);
      ServiceOrder whistled = RULES.apply(o, e);
      OrderEvent up = whistled.events().get(whistled.events().size() - 1);
      assertThat(up.summonedDepartments())
          .containsExactly(Department.HOUSING, Department.URBAN_MANAGEMENT);
      assertThat(up.trigger()).contains(EscalationTrigger.FLAG_NEEDS_HIGHER_TIER);
      ServiceOrder both =
          RULES.reportIn(
              RULES.reportIn(whistled, HOUSING, DISTRICT, h(3)), URBAN_MANAGEMENT, DISTRICT, h(4));
      assertThat(both.reportedDepartments())
          .containsExactly(Department.HOUSING, Department.URBAN_MANAGEMENT);
      assertThatThrownBy(() -> RULES.reportIn(both, HOUSING, DISTRICT, h(5)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("has already reported in");
      assertThatThrownBy(() -> RULES.reportIn(whistled, POLICE, DISTRICT, h(5)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("department police was not summoned");
      Metrics m = metrics(both);
      assertThat(m.whistles()).isEqualTo(1);
      assertThat(m.reportIns())
          .containsExactly(
              Map.entry(Department.HOUSING, 1L), Map.entry(Department.URBAN_MANAGEMENT, 1L));
      assertThat(m.escalations())
          .containsExactly(Map.entry(EscalationTrigger.FLAG_NEEDS_HIGHER_TIER, 1L));
    }

    @Test
    @DisplayName(
        "督办: a supervision unanswered by its deadline moves the order up; an answered one does not")
    void supervision() {
      ServiceOrder o =
          intake(leak("WX-14", FLAT_301))
              .order()
              .accept(OWNER_43, h(1))
              .supervise(Actor.staff("community-1"), Tier.COMMUNITY, "请今日内处理", h(6), h(2));
      assertThat(RULES.nextCheckAt(o)).contains(h(6));
      assertThat(RULES.deadlinesInForce(o, h(3)).supervisionReplyBy()).contains(h(6));
      Escalation e = RULES.escalation(o, DISTRICT, h(6)).get();
      assertThat(e.trigger()).isEqualTo(EscalationTrigger.SUPERVISION_UNANSWERED);
      assertThat(e.to()).isEqualTo(Tier.GRID);
      ServiceOrder answered = o.answerSupervision(OWNER_43, "已关阀", h(4));
      assertThat(RULES.escalation(answered, DISTRICT, h(6))).isEmpty();
      assertThat(metrics(answered).supervisions()).containsExactly(Map.entry(Tier.COMMUNITY, 1L));
      assertThatThrownBy(() -> o.supervise(Actor.staff("grid-1"), Tier.BUILDING, "x", h(9), h(3)))
          .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @DisplayName("挂账: a parked order is no breach while parked and is resumed on its review date")
    void parked() {
      ServiceOrder o =
          intake(leak("WX-15", FLAT_301))
              .order()
              .accept(OWNER_43, h(1))
              .park(OWNER_43, "需动用维修资金", h(24 * 20), h(2));
      assertThat(RULES.nextCheckAt(o)).contains(h(24 * 20));
      assertThat(RULES.escalation(o, DISTRICT, h(24 * 19))).isEmpty();
      Metrics during =
          Metrics.of(List.of(o), Period.of(MARCH.start(), h(24 * 19)), MetricsOptions.standard());
      assertThat(during.slaBreaches()).as("19 days on, parked after 2 h: no breach").isZero();
      Escalation review = RULES.escalation(o, DISTRICT, h(24 * 20)).get();
      assertThat(review.kind()).isEqualTo(EscalationKind.RESUME_FOR_REVIEW);
      ServiceOrder resumed = RULES.apply(o, review);
      assertThat(resumed.status()).isEqualTo(OrderStatus.ACCEPTED);
      assertThat(RULES.deadlinesInForce(resumed, h(24 * 20)).resolveBy())
          .as("2 h used, 166 h left")
          .isEqualTo(h(24 * 20 + 166));
    }

    @Test
    @DisplayName(
        "回访时限: a resolved order neither rated nor verified is closed unrated after the callback limit")
    void callback() {
      ServiceOrder o =
          intake(leak("WX-16", FLAT_301))
              .order()
              .accept(OWNER_43, h(1))
              .resolve(OWNER_43, "已修复", h(5));
      assertThat(RULES.deadlinesInForce(o, h(6)).callbackBy()).contains(h(5 + 72));
      assertThat(RULES.escalation(o, DISTRICT, h(76))).isEmpty();
      ServiceOrder closed = RULES.apply(o, RULES.escalation(o, DISTRICT, h(77)).get());
      assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
      assertThat(closed.rating()).isEmpty();
    }

    @Test
    @DisplayName("an escalation is applied to its own order only")
    void otherOrder() {
      ServiceOrder o = intake(leak("WX-17", FLAT_301)).order();
      Escalation e = RULES.escalation(o, DISTRICT, h(25)).get();
      ServiceOrder other = intake(leak("WX-18", FLAT_401)).order();
      assertThatThrownBy(() -> RULES.apply(other, e))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Cannot apply the escalation of order WX-17 to order WX-18");
    }
  }

  @Nested
  @DisplayName("按期结案: one deadline model for the order, the timers and the metrics")
  class OneDeadlineModel {
    @Test
    @DisplayName("suspended 3 days and closed inside the moved deadline counts 按期")
    void suspendedCountsOnTime() {
      ServiceOrder o =
          intake(leak("WX-20", FLAT_301))
              .order()
              .accept(OWNER_43, h(1))
              .suspend(OWNER_43, "等待业主回家", h(24))
              .resume(OWNER_43, h(96));
      assertThat(o.currentDispatch().get().deadlines().resolveBy())
          .as("stamped: 7 days")
          .isEqualTo(h(168));
      assertThat(RULES.deadlinesInForce(o, h(100)).resolveBy())
          .as("in force: moved by 72 h")
          .isEqualTo(h(240));
      ServiceOrder closed = rated(o, h(216), h(230));
      Metrics m = metrics(closed);
      assertThat(m.closedOnTime()).isEqualTo(1);
      assertThat(m.slaBreaches()).isZero();
    }

    @Test
    @DisplayName(
        "reprioritised to urgent counts late after 24 h, and its deadline in force says so")
    void reprioritisedCountsLate() {
      ServiceOrder o =
          intake(leak("WX-21", FLAT_301))
              .order()
              .accept(OWNER_43, h(1))
              .reprioritise(Actor.staff("D-1"), Urgency.URGENT, "楼下住户被淹", h(2));
      assertThat(RULES.deadlinesInForce(o, h(3)).resolveBy()).isEqualTo(h(24));
      ServiceOrder closed = rated(o, h(30), h(31));
      Metrics m = metrics(closed);
      assertThat(m.closedOnTime()).isZero();
      assertThat(m.slaBreaches()).isEqualTo(1);
      assertThat(metrics(rated(o, h(20), h(31))).closedOnTime()).isEqualTo(1);
    }

    @Test
    @DisplayName(
        "a tighter hand-made deadline the checks accept stays in force, moves with a pause, and escalation uses it")
    void tighterHandMadeDeadline() {
      GovernanceRules noBudgets =
          GovernanceRules.builder().tierBudgets(TierBudgets.of(Map.of())).build();
      ServiceOrder reported = leak("WX-22", FLAT_301);
      Dispatch tight =
          Dispatch.of(Assignee.of(LEADER_43), Tier.BUILDING, Deadlines.of(h(2), h(48)));
      assertThat(noBudgets.check(reported, tight, DISTRICT, Workload.none(), T0).isValid())
          .isTrue();
      ServiceOrder o = reported.dispatch(Actor.staff("D-1"), tight, T0).accept(OWNER_43, h(1));
      assertThat(noBudgets.deadlinesInForce(o, h(3)).resolveBy()).isEqualTo(h(48));
      ServiceOrder paused = o.suspend(OWNER_43, "等待配件", h(10)).resume(OWNER_43, h(34));
      assertThat(noBudgets.deadlinesInForce(paused, h(35)).resolveBy()).isEqualTo(h(72));
      assertThat(noBudgets.nextCheckAt(paused)).contains(h(72));
      assertThat(noBudgets.escalation(paused, DISTRICT, h(71))).isEmpty();
      assertThat(noBudgets.escalation(paused, DISTRICT, h(72)).get().trigger())
          .isEqualTo(EscalationTrigger.DEADLINE_PASSED);
      assertThat(
              Metrics.of(List.of(rated(paused, h(80), h(81))), MARCH, MetricsOptions.standard())
                  .closedOnTime())
          .isZero();
    }

    @Test
    @DisplayName(
        "延期: the petition profile's one 30-day extension is a step; other profiles allow none")
    void extension() {
      GovernanceRules petitions = GovernanceRules.builder().slaProfile(SlaProfile.PETITION).build();
      ServiceOrder o =
          petitions
              .intake(leak("WX-23", FLAT_301), DISTRICT, List.of(), Workload.none(), T0)
              .order();
      assertThat(petitions.deadlinesInForce(o, h(1)).resolveBy()).isEqualTo(h(24 * 60));
      ServiceOrder extended = petitions.extend(o, Actor.staff("D-1"), "需多部门会商", h(2));
      assertThat(extended.isExtended()).isTrue();
      assertThat(petitions.deadlinesInForce(extended, h(3)).resolveBy()).isEqualTo(h(24 * 90));
      assertThatThrownBy(() -> petitions.extend(extended, Actor.staff("D-1"), "再延", h(4)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("already extended once");
      assertThatThrownBy(() -> RULES.extend(o, Actor.staff("D-1"), "延期", h(2)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("allows no extension");
    }

    @Test
    @DisplayName("the deadlines in force list every timer the order has")
    void allDeadlines() {
      ServiceOrder o = intake(leak("WX-24", FLAT_301)).order();
      DeadlinesInForce d = RULES.deadlinesInForce(o, h(1));
      assertThat(d.acceptBy()).contains(h(24));
      assertThat(d.tierBy()).as("a fifth of 7 days at the building").contains(h(33.6));
      assertThat(d.all()).containsExactly(h(24), h(33.6), h(168));
      assertThat(d.isPaused()).isFalse();
      assertThat(d.isOverdue()).isFalse();
    }
  }

  @Nested
  @DisplayName("工作量 from the orders: load and ratings without hand tallies")
  class Workloads {
    @Test
    @DisplayName(
        "open orders per owner, ratings counted for whoever owned the order when it was rated")
    void derived() {
      ServiceOrder open = intake(leak("WX-30", FLAT_301)).order().accept(OWNER_43, h(1));
      ServiceOrder resolved =
          intake(leak("WX-31", FLAT_401))
              .order()
              .accept(OWNER_43, h(1))
              .resolve(OWNER_43, "好", h(2));
      ServiceOrder unhappy =
          intake(leak("WX-32", FLAT_301))
              .order()
              .accept(OWNER_43, h(1))
              .resolve(OWNER_43, "好", h(2))
              .rate(RESIDENT, Rating.of(Satisfaction.DISSATISFIED, false), h(3));
      Workload w = Workload.from(List.of(open, resolved, unhappy));
      assertThat(w.openOrdersOf(Assignee.of(LEADER_43)))
          .as("accepted + rework; the resolved one no longer")
          .isEqualTo(2);
      assertThat(w.ratingsOf(Assignee.of(LEADER_43))).isEqualTo(RatingRecord.of(1, 0));
      assertThat(w.lastAssigned()).contains(Assignee.of(LEADER_43));
    }

    @Test
    @DisplayName(
        "ratings feed assignment: a community volunteer rated unsatisfied loses the next parking matter")
    void ratingsFeedAssignment() {
      ServiceOrder parking = order("WX-33", FLAT_301, Category.PARKING, T0).build();
      AssignmentDecision fresh =
          RULES.assign(parking, Tier.COMMUNITY, DISTRICT, Workload.none(), T0);
      Assignee first = fresh.assignee().get();
      ServiceOrder history =
          RULES
              .intake(
                  order("WX-34", FLAT_401, Category.PARKING, T0).build(),
                  DISTRICT,
                  List.of(),
                  Workload.none(),
                  T0)
              .order();
      assertThat(history.owner()).contains(first);
      ServiceOrder rated =
          history
              .accept(Actor.staff("D-1"), h(1))
              .resolve(Actor.staff("D-1"), "已协调", h(2))
              .rate(
                  Actor.staff("callback-1"), Rating.of(Satisfaction.VERY_DISSATISFIED, false), h(3))
              .resolve(Actor.staff("D-1"), "再次协调", h(4))
              .rate(Actor.staff("callback-1"), Rating.of(Satisfaction.DISSATISFIED, false), h(5));
      Workload w = Workload.from(List.of(rated));
      AssignmentDecision after = RULES.assign(parking, Tier.COMMUNITY, DISTRICT, w, h(6));
      assertThat(after.assignee()).isPresent().isNotEqualTo(fresh.assignee());
    }
  }

  @Nested
  @DisplayName("层级 as the reports describe them")
  class Tiers {
    @Test
    @DisplayName(
        "无物业小区借用有物业小区资源: a leaderless 三无 building's repair goes to the partner's property company")
    void partnerProperty() {
      Intake in = intake(leak("WX-40", FLAT_50));
      assertThat(in.outcome()).isEqualTo(IntakeOutcome.DISPATCHED);
      assertThat(in.order().tier()).contains(Tier.BUILDING);
      assertThat(in.order().owner()).contains(Assignee.of(PROPERTY));
      assertThat(in.reasons().codes())
          .contains(TriageRule.NO_BUILDING_LEADER, TriageRule.PARTNER_COMPOUND);
      assertThat(intake(leak("WX-41", FLAT_44)).order().tier())
          .as("a managed compound's leaderless building: the grid")
          .contains(Tier.GRID);
    }

    @Test
    @DisplayName(
        "帮帮团: helpers are grid-tier candidates; community workers stay ahead of them at the community tier")
    void helpers() {
      ResponderId helper = ResponderId.of("R-helper-g1");
      Jurisdiction withHelpers = withHelper(helper);
      assertThat(withHelpers.workingTier(helper)).contains(Tier.GRID);
      ServiceOrder meals = order("WX-42", FLAT_301, Category.SANITATION, T0).build();
      AssignmentDecision grid = RULES.assign(meals, Tier.GRID, withHelpers, Workload.none(), T0);
      assertThat(grid.candidates())
          .extracting(Candidate::assignee)
          .contains(Assignee.of(helper), Assignee.of(GRID_1));
      ServiceOrder common = order("WX-43", FLAT_301, Category.COMMON_PROPERTY, T0).build();
      AssignmentDecision community =
          RULES.assign(common, Tier.COMMUNITY, withHelpers, Workload.none(), T0);
      assertThat(community.candidates())
          .extracting(Candidate::assignee)
          .doesNotContain(Assignee.of(helper))
          .contains(Assignee.of(WORKER_ANFENG));
      assertThat(community.assignee()).isNotEqualTo(java.util.Optional.of(Assignee.of(helper)));
    }
  }

  /** The neighbourhood with one helper in 丰安第一网格's 帮帮团: a volunteer covering that grid. */
  static Jurisdiction withHelper(ResponderId helper) {
    Responder volunteer =
        Responder.builder()
            .id(helper)
            .role(ResponderRole.VOLUNTEER)
            .name(PersonName.of("何静"))
            .capacity(5)
            .addCoverage(AreaRef.of(G1))
            .build();
    return rebuilt(
        g -> g.id().equals(G1) ? Grid.builder().from(g).addHelper(helper).build() : g,
        r -> r,
        volunteer);
  }

  /** The neighbourhood after a roster change: {@code who} on or off duty. */
  static Jurisdiction rosterWith(ResponderId who, boolean onDuty) {
    return rebuilt(g -> g, r -> r.id().equals(who) ? r.withOnDuty(onDuty) : r);
  }

  /** The neighbourhood with its grids and responders changed, and {@code extra} responders added. */
  static Jurisdiction rebuilt(
      UnaryOperator<Grid> grids, UnaryOperator<Responder> responders, Responder... extra) {
    Jurisdiction base = DISTRICT;
    Jurisdiction.Builder b = Jurisdiction.builder();
    base.streets().forEach(b::addStreet);
    base.communities().forEach(b::addCommunity);
    base.grids().forEach(g -> b.addGrid(grids.apply(g)));
    base.compounds().forEach(b::addCompound);
    base.buildings().forEach(b::addBuilding);
    b.addResidents(base.residents());
    b.addHouseholds(base.households().toList());
    base.teams().forEach(b::addTeam);
    base.responders().forEach(r -> b.addResponder(responders.apply(r)));
    for (Responder r : extra) {
      b.addResponder(r);
    }
    return b.build();
  }
}
