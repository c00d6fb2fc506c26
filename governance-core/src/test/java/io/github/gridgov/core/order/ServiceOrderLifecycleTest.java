package io.github.gridgov.core.order;

import static io.github.gridgov.core.order.OrderStatus.ACCEPTED;
import static io.github.gridgov.core.order.OrderStatus.CANCELLED;
import static io.github.gridgov.core.order.OrderStatus.CLOSED;
import static io.github.gridgov.core.order.OrderStatus.DISPATCHED;
import static io.github.gridgov.core.order.OrderStatus.MERGED;
import static io.github.gridgov.core.order.OrderStatus.PARKED;
import static io.github.gridgov.core.order.OrderStatus.RECEIVED;
import static io.github.gridgov.core.order.OrderStatus.REFERRED;
import static io.github.gridgov.core.order.OrderStatus.RESOLVED;
import static io.github.gridgov.core.order.OrderStatus.REWORK;
import static io.github.gridgov.core.order.OrderStatus.SUSPENDED;
import static io.github.gridgov.core.order.OrderStep.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.BuildingId;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.HouseholdId;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.ResponderId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("工单 lifecycle")
class ServiceOrderLifecycleTest {
  static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
  static final ResidentId REQUESTER = ResidentId.of("P-1");
  static final ResponderId LEADER = ResponderId.of("R-leader-43");
  static final ResponderId OTHER_LEADER = ResponderId.of("R-unit-43-2");
  static final ResponderId STREET_OFFICE = ResponderId.of("R-street-jinan");
  static final ResponderId GRID_WORKER = ResponderId.of("R-grid-1");
  static final Actor STAFF = Actor.staff("dispatcher-1");
  static final Actor OWNER = Actor.responder(LEADER);

  static Instant t(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  static Dispatch to(ResponderId who, Tier tier) {
    return Dispatch.of(Assignee.of(who), tier, Deadlines.of(t(60), t(24 * 60)));
  }

  static ServiceOrder received() {
    return ServiceOrder.builder()
        .id(OrderId.of("WX-2026-000123"))
        .kind(OrderKind.HELP)
        .category(Category.WATER_LEAK)
        .origin(Origin.RESIDENT)
        .location(Location.ofHousehold(HouseholdId.of("H-43-2-301")))
        .requester(REQUESTER)
        .description("楼上空置房漏水，联系不上业主")
        .reportedAt(T0)
        .build();
  }

  static ServiceOrder dispatched() {
    return received().dispatch(STAFF, to(LEADER, Tier.BUILDING), t(1));
  }

  static ServiceOrder accepted() {
    return dispatched().accept(OWNER, t(2));
  }

  static ServiceOrder resolved() {
    return accepted().resolve(OWNER, "已联系楼上业主关阀", t(3));
  }

  /**
   * The lifecycle as a table, written out here independently of {@link OrderStep}: each
   * situation, and every step that must be allowed in it. Every other step must be refused.
   */
  static Map<String, Situation> situations() {
    Map<String, Situation> s = new LinkedHashMap<>();
    s.put(
        "received",
        new Situation(
            received(),
            EnumSet.of(
                DISPATCH,
                OFFER,
                REFER,
                MERGE,
                LINK_DUPLICATE,
                CANCEL,
                ADD_FLAG,
                REPRIORITISE,
                EXTEND,
                NOTE_CARE_NEEDS)));
    s.put(
        "dispatched",
        new Situation(
            dispatched(),
            EnumSet.of(
                ACCEPT,
                SUSPEND,
                PARK,
                REFER,
                MERGE,
                LINK_DUPLICATE,
                CANCEL,
                ESCALATE,
                REASSIGN,
                RAISE_OBJECTION,
                RETURN,
                ADD_FLAG,
                REPRIORITISE,
                APPROVE_TRANSFER,
                SUPERVISE,
                EXTEND,
                NOTE_CARE_NEEDS)));
    s.put(
        "offered (抢单)",
        new Situation(
            received()
                .offer(
                    STAFF,
                    to(LEADER, Tier.BUILDING),
                    List.of(Assignee.of(LEADER), Assignee.of(OTHER_LEADER)),
                    t(1)),
            EnumSet.of(
                ACCEPT,
                SUSPEND,
                PARK,
                REFER,
                MERGE,
                LINK_DUPLICATE,
                CANCEL,
                ESCALATE,
                REASSIGN,
                RAISE_OBJECTION,
                RETURN,
                ADD_FLAG,
                REPRIORITISE,
                APPROVE_TRANSFER,
                SUPERVISE,
                EXTEND,
                NOTE_CARE_NEEDS)));
    s.put(
        "escalated to the street (吹哨)",
        new Situation(
            dispatched()
                .escalate(
                    STAFF,
                    to(STREET_OFFICE, Tier.STREET),
                    EscalationTrigger.TIER_BUDGET_PASSED,
                    List.of(Department.HOUSING),
                    t(2)),
            EnumSet.of(
                ACCEPT,
                SUSPEND,
                PARK,
                REFER,
                MERGE,
                LINK_DUPLICATE,
                CANCEL,
                RAISE_OBJECTION,
                RETURN,
                ADD_FLAG,
                REPRIORITISE,
                APPROVE_TRANSFER,
                REPORT_IN,
                EXTEND,
                NOTE_CARE_NEEDS)));
    s.put(
        "supervised (督办)",
        new Situation(
            accepted().supervise(STAFF, Tier.COMMUNITY, "请加快办理", t(60), t(3)),
            EnumSet.of(
                RESOLVE,
                SUSPEND,
                PARK,
                REFER,
                LINK_DUPLICATE,
                CANCEL,
                ESCALATE,
                RAISE_OBJECTION,
                RETURN,
                ADD_FLAG,
                REPRIORITISE,
                APPROVE_TRANSFER,
                ANSWER_SUPERVISION,
                EXTEND,
                NOTE_CARE_NEEDS)));
    s.put(
        "dispatched, objection pending",
        new Situation(
            dispatched().raiseObjection(OWNER, "漏水源在楼上，非本楼栋长职责", t(2)),
            EnumSet.of(
                ACCEPT,
                SUSPEND,
                PARK,
                REFER,
                MERGE,
                LINK_DUPLICATE,
                CANCEL,
                ESCALATE,
                REASSIGN,
                DECIDE_OBJECTION,
                RETURN,
                ADD_FLAG,
                REPRIORITISE,
                APPROVE_TRANSFER,
                SUPERVISE,
                EXTEND,
                NOTE_CARE_NEEDS)));
    s.put(
        "dispatched, objection approved",
        new Situation(
            dispatched()
                .raiseObjection(OWNER, "非本人职责", t(2))
                .decideObjection(STAFF, true, "同意", t(3)),
            EnumSet.of(
                ACCEPT,
                SUSPEND,
                PARK,
                REFER,
                MERGE,
                LINK_DUPLICATE,
                CANCEL,
                ESCALATE,
                REASSIGN,
                TRANSFER,
                RETURN,
                ADD_FLAG,
                REPRIORITISE,
                SUPERVISE,
                EXTEND,
                NOTE_CARE_NEEDS)));
    s.put(
        "accepted",
        new Situation(
            accepted(),
            EnumSet.of(
                RESOLVE,
                SUSPEND,
                PARK,
                REFER,
                LINK_DUPLICATE,
                CANCEL,
                ESCALATE,
                RAISE_OBJECTION,
                RETURN,
                ADD_FLAG,
                REPRIORITISE,
                APPROVE_TRANSFER,
                SUPERVISE,
                EXTEND,
                NOTE_CARE_NEEDS)));
    s.put(
        "resolved",
        new Situation(resolved(), EnumSet.of(RATE, CLOSE, SEND_BACK, LINK_DUPLICATE, ADD_FLAG)));
    s.put("closed", new Situation(resolved().close(STAFF, t(4)), EnumSet.of(REOPEN)));
    s.put(
        "rework",
        new Situation(
            resolved().sendBack(STAFF, "回访未解决", t(4)),
            EnumSet.of(
                RESOLVE,
                SUSPEND,
                PARK,
                LINK_DUPLICATE,
                CANCEL,
                ESCALATE,
                RETURN,
                ADD_FLAG,
                REPRIORITISE,
                APPROVE_TRANSFER,
                SUPERVISE,
                EXTEND,
                NOTE_CARE_NEEDS)));
    s.put(
        "suspended",
        new Situation(
            accepted().suspend(OWNER, "等待业主返回", t(3)),
            EnumSet.of(
                PARK,
                RESUME,
                LINK_DUPLICATE,
                CANCEL,
                ADD_FLAG,
                REPRIORITISE,
                SUPERVISE,
                EXTEND,
                NOTE_CARE_NEEDS)));
    s.put(
        "parked",
        new Situation(
            accepted().park(STAFF, "需维修资金，暂无法解决", t(30 * 24 * 60), t(3)),
            EnumSet.of(
                RESUME,
                LINK_DUPLICATE,
                CANCEL,
                ADD_FLAG,
                REPRIORITISE,
                SUPERVISE,
                EXTEND,
                NOTE_CARE_NEEDS)));
    s.put(
        "referred",
        new Situation(
            received().refer(STAFF, ReferralTarget.FIRE_119, "燃气泄漏", t(1)),
            EnumSet.noneOf(OrderStep.class)));
    s.put(
        "merged",
        new Situation(
            received().mergeInto(STAFF, OrderId.of("WX-2026-000100"), t(1)),
            EnumSet.noneOf(OrderStep.class)));
    s.put(
        "cancelled",
        new Situation(received().cancel(STAFF, "居民撤诉", t(1)), EnumSet.noneOf(OrderStep.class)));
    return s;
  }

  record Situation(ServiceOrder order, Set<OrderStep> allowed) {}

  /** Takes {@code step} with valid data, as the platform's staff, ten minutes after the order's last event. */
  static ServiceOrder take(ServiceOrder o, OrderStep step) {
    Instant at = o.lastChangedAt().plus(Duration.ofMinutes(10));
    return switch (step) {
      case DISPATCH -> o.dispatch(STAFF, to(LEADER, Tier.BUILDING), at);
      case ACCEPT ->
          o.offeredTo().isEmpty() ? o.accept(STAFF, at) : o.claim(STAFF, o.offeredTo().get(1), at);
      case RESOLVE -> o.resolve(STAFF, "已处理", at);
      case RATE -> o.rate(STAFF, Rating.of(Satisfaction.SATISFIED, true), at);
      case CLOSE -> o.close(STAFF, at);
      case SEND_BACK -> o.sendBack(STAFF, "核查未通过", at);
      case REOPEN -> o.reopen(STAFF, "问题复发", at);
      case SUSPEND -> o.suspend(STAFF, "等待第三方", at);
      case PARK -> o.park(STAFF, "暂无法解决", at.plus(Duration.ofDays(30)), at);
      case RESUME -> o.resume(STAFF, at);
      case REFER -> o.refer(STAFF, ReferralTarget.POLICE_110, "可能激化", at);
      case MERGE -> o.mergeInto(STAFF, OrderId.of("WX-OTHER"), at);
      case LINK_DUPLICATE -> o.linkDuplicate(STAFF, OrderId.of("WX-DUP"), at);
      case CANCEL -> o.cancel(STAFF, "撤单", at);
      case ESCALATE -> o.escalate(STAFF, to(GRID_WORKER, Tier.GRID), "tier budget passed", at);
      case REASSIGN -> o.reassign(STAFF, to(OTHER_LEADER, Tier.BUILDING), "未按时签收", at);
      case RAISE_OBJECTION -> o.raiseObjection(STAFF, "非本人职责", at);
      case DECIDE_OBJECTION -> o.decideObjection(STAFF, true, "同意", at);
      case TRANSFER -> o.transfer(STAFF, to(OTHER_LEADER, Tier.BUILDING), at);
      case RETURN -> o.returnAsBeyondAbility(STAFF, "超出能力", at);
      case ADD_FLAG -> o.addFlag(STAFF, OrderFlag.VIOLENCE_RISK, at);
      case REPRIORITISE -> o.reprioritise(STAFF, Urgency.URGENT, "停水影响老人", at);
      case OFFER ->
          o.offer(
              STAFF,
              to(LEADER, Tier.BUILDING),
              List.of(Assignee.of(LEADER), Assignee.of(OTHER_LEADER)),
              at);
      case APPROVE_TRANSFER ->
          o.approveTransfer(STAFF, EscalationTrigger.OWNER_UNAVAILABLE, "楼栋长离岗", at);
      case REPORT_IN -> o.reportIn(STAFF, Department.HOUSING, at);
      case SUPERVISE ->
          o.supervise(STAFF, Tier.COMMUNITY, "请尽快办理", at.plus(Duration.ofDays(1)), at);
      case ANSWER_SUPERVISION -> o.answerSupervision(STAFF, "已落实", at);
      case EXTEND -> o.extend(STAFF, "情况复杂", at);
      case NOTE_CARE_NEEDS -> o.noteCareNeeds(STAFF, Set.of(CareNeed.ELDERLY_LIVING_ALONE), at);
      default -> throw new AssertionError(step);
    };
  }

  /** The status each step leads to from {@code from}, written out as the spec. */
  static OrderStatus expectedTarget(OrderStep step, OrderStatus from) {
    return switch (step) {
      case DISPATCH, OFFER, ESCALATE, REASSIGN, TRANSFER -> DISPATCHED;
      case ACCEPT -> ACCEPTED;
      case RESOLVE -> RESOLVED;
      case RATE, CLOSE -> CLOSED;
      case SEND_BACK, REOPEN -> REWORK;
      case SUSPEND -> SUSPENDED;
      case PARK -> PARKED;
      case RESUME -> ACCEPTED;
      // both paused situations were paused from ACCEPTED
      case REFER -> REFERRED;
      case MERGE -> MERGED;
      case CANCEL -> CANCELLED;
      default -> from;
        // notes on the trail keep the status
    };
  }

  static Stream<Arguments> everyStepFromEverySituation() {
    List<Arguments> all = new ArrayList<>();
    situations()
        .forEach(
            (name, s) -> {
              for (OrderStep step : OrderStep.values()) {
                all.add(Arguments.of(name, step, s.allowed().contains(step)));
              }
            });
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: {1} allowed={2}")
  @MethodSource("everyStepFromEverySituation")
  @DisplayName(
      "every step from every status: legal ones move on, illegal ones throw and change nothing")
  void everyStepFromEveryStatus(String situation, OrderStep step, boolean allowed) {
    ServiceOrder before = situations().get(situation).order();
    ServiceOrder copy = ServiceOrder.builder().from(before).build();
    if (allowed) {
      ServiceOrder after = take(before, step);
      assertThat(after.status()).isEqualTo(expectedTarget(step, before.status()));
      assertThat(after.events()).hasSize(before.events().size() + 1);
      OrderEvent last = after.events().get(after.events().size() - 1);
      assertThat(last.step()).isEqualTo(step);
      assertThat(last.fromStatus()).isEqualTo(before.status());
      assertThat(last.toStatus()).isEqualTo(after.status());
      assertThat(last.actor()).isEqualTo(STAFF);
      assertThat(last.sequence()).isEqualTo(after.events().size());
      assertThat(after.events().subList(0, before.events().size())).isEqualTo(before.events());
    } else {
      assertThatThrownBy(() -> take(before, step))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageStartingWith(
              "Cannot " + step.verb() + " order WX-2026-000123 in status " + before.status())
          .satisfies(
              e -> {
                IllegalTransitionException ite = (IllegalTransitionException) e;
                assertThat(ite.order()).isEqualTo(before.id());
                assertThat(ite.status()).isEqualTo(before.status());
                assertThat(ite.step()).isEqualTo(step);
              });
    }
    assertThat(before).isEqualTo(copy);
    assertThat(before.events()).isEqualTo(copy.events());
  }

  @Test
  @DisplayName(
      "the transition table in OrderStep agrees with the spec above for plain statuses (steps that need an "
          + "approved objection, a 吹哨 or a pending 督办 apart)")
  void tableAgreesWithSpec() {
    situations()
        .forEach(
            (name, s) -> {
              if (!name.contains("objection") && !name.contains("(")) {
                Set<OrderStep> declared = EnumSet.noneOf(OrderStep.class);
                for (OrderStep step : OrderStep.values()) {
                  if (step.from().contains(s.order().status())) {
                    declared.add(step);
                  }
                }
                declared.remove(DECIDE_OBJECTION);
                declared.remove(TRANSFER);
                declared.remove(REPORT_IN);
                declared.remove(ANSWER_SUPERVISION);
                assertThat(declared).as(name).isEqualTo(s.allowed());
              }
            });
  }

  @Nested
  @DisplayName("main path 受理 → 派单 → 签收 → 办结 → 评单")
  class MainPath {
    @Test
    @DisplayName("a satisfied rating closes the order, and the trail keeps every step")
    void satisfiedRatingCloses() {
      ServiceOrder closed =
          resolved()
              .rate(Actor.resident(REQUESTER), Rating.of(Satisfaction.VERY_SATISFIED, true), t(5));
      assertThat(closed.status()).isEqualTo(CLOSED);
      assertThat(closed.events())
          .extracting(OrderEvent::step)
          .containsExactly(DISPATCH, ACCEPT, RESOLVE, RATE);
      assertThat(closed.rating()).contains(Rating.of(Satisfaction.VERY_SATISFIED, true));
      assertThat(closed.owner()).contains(Assignee.of(LEADER));
      assertThat(closed.tier()).contains(Tier.BUILDING);
      assertThat(closed.currentDispatch().map(Dispatch::deadlines))
          .contains(Deadlines.of(t(60), t(24 * 60)));
      assertThat(closed.events().get(2).reason()).contains("已联系楼上业主关阀");
    }

    @Test
    @DisplayName("an unsatisfied rating sends the order back to rework and is counted")
    void unsatisfiedRatingReworks() {
      ServiceOrder again =
          resolved()
              .rate(Actor.resident(REQUESTER), Rating.of(Satisfaction.DISSATISFIED, false), t(5));
      assertThat(again.status()).isEqualTo(REWORK);
      assertThat(again.reworkCount()).isEqualTo(1);
      assertThat(again.unsatisfiedRatingCount()).isEqualTo(1);
      ServiceOrder twice =
          again
              .resolve(OWNER, "再次处理", t(6))
              .rate(
                  Actor.resident(REQUESTER),
                  Rating.of(Satisfaction.VERY_DISSATISFIED, false),
                  t(7));
      assertThat(twice.unsatisfiedRatingCount()).isEqualTo(2);
      assertThat(twice.reworkCount()).isEqualTo(2);
      assertThat(twice.ratings()).hasSize(2);
    }

    @Test
    @DisplayName("a reopened closed order counts as rework")
    void reopenCountsAsRework() {
      ServiceOrder reopened = resolved().close(STAFF, t(4)).reopen(STAFF, "漏水复发", t(5));
      assertThat(reopened.status()).isEqualTo(REWORK);
      assertThat(reopened.reworkCount()).isEqualTo(1);
    }
  }

  @Nested
  @DisplayName("挂起 and 挂账")
  class Pauses {
    @Test
    @DisplayName("resume returns to the status before the pause, even after suspend then park")
    void resumeReturnsToStatusBefore() {
      ServiceOrder o = dispatched().suspend(STAFF, "等待业主", t(2)).park(STAFF, "暂无法解决", t(600), t(3));
      assertThat(o.status()).isEqualTo(PARKED);
      assertThat(o.resume(STAFF, t(4)).status()).isEqualTo(DISPATCHED);
    }

    @Test
    @DisplayName("suspending needs a reason")
    void suspendNeedsReason() {
      assertThatThrownBy(() -> accepted().suspend(OWNER, " ", t(3)))
          .isInstanceOf(InvalidModelException.class)
          .hasMessage("Cannot create OrderEvent: reason '(1 character)' must not be blank");
    }
  }

  @Nested
  @DisplayName("首接负责: transfers, reassignment and escalation")
  class Responsibility {
    @Test
    @DisplayName("a transfer without an approved objection is refused (北京市接诉即办工作条例 Art. 14)")
    void transferNeedsApprovedObjection() {
      assertThatThrownBy(() -> accepted().transfer(STAFF, to(OTHER_LEADER, Tier.BUILDING), t(3)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage(
              "Cannot transfer order WX-2026-000123 in status ACCEPTED: 首接负责: a transfer "
                  + "needs an approved objection (北京市接诉即办工作条例 Art. 14)");
    }

    @Test
    @DisplayName(
        "a rejected objection does not allow a transfer; an approved one allows exactly one")
    void objectionFlow() {
      ServiceOrder rejected =
          accepted()
              .raiseObjection(OWNER, "非本人职责", t(3))
              .decideObjection(STAFF, false, "属于楼栋长职责", t(4));
      assertThat(rejected.hasApprovedObjection()).isFalse();
      assertThatThrownBy(() -> rejected.transfer(STAFF, to(OTHER_LEADER, Tier.BUILDING), t(5)))
          .isInstanceOf(IllegalTransitionException.class);
      ServiceOrder transferred =
          accepted()
              .raiseObjection(OWNER, "非本人职责", t(3))
              .decideObjection(STAFF, true, "同意转派", t(4))
              .transfer(STAFF, to(OTHER_LEADER, Tier.BUILDING), t(5));
      assertThat(transferred.status()).isEqualTo(DISPATCHED);
      assertThat(transferred.owner()).contains(Assignee.of(OTHER_LEADER));
      assertThat(transferred.firstDispatch().map(Dispatch::assignee)).contains(Assignee.of(LEADER));
      assertThat(transferred.hasApprovedObjection()).isFalse();
      assertThatThrownBy(() -> transferred.transfer(STAFF, to(LEADER, Tier.BUILDING), t(6)))
          .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    @DisplayName("escalation must go to a higher tier and keeps the history")
    void escalationGoesUp() {
      assertThatThrownBy(
              () -> accepted().escalate(STAFF, to(OTHER_LEADER, Tier.BUILDING), "overdue", t(3)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("escalation must go above tier BUILDING");
      ServiceOrder up =
          accepted()
              .escalate(
                  Actor.system("escalation-timer"),
                  to(GRID_WORKER, Tier.GRID),
                  "escalation.tier-budget",
                  t(3));
      assertThat(up.tier()).contains(Tier.GRID);
      assertThat(up.status()).isEqualTo(DISPATCHED);
      assertThat(up.events())
          .extracting(OrderEvent::step)
          .containsExactly(DISPATCH, ACCEPT, ESCALATE);
    }

    @Test
    @DisplayName("reassignment stays at the tier and needs a new owner")
    void reassignmentStaysAtTier() {
      assertThatThrownBy(() -> dispatched().reassign(STAFF, to(GRID_WORKER, Tier.GRID), "x", t(2)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("reassignment stays at tier BUILDING");
      assertThatThrownBy(() -> dispatched().reassign(STAFF, to(LEADER, Tier.BUILDING), "x", t(2)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("the new owner must differ");
    }

    @Test
    @DisplayName("a return as beyond ability is remembered until the next dispatch")
    void returnIsRemembered() {
      ServiceOrder returned = accepted().returnAsBeyondAbility(OWNER, "需要住建部门", t(3));
      assertThat(returned.isReturnedByOwner()).isTrue();
      assertThat(returned.status()).isEqualTo(ACCEPTED);
      assertThat(
              returned
                  .escalate(STAFF, to(GRID_WORKER, Tier.GRID), "returned", t(4))
                  .isReturnedByOwner())
          .isFalse();
    }
  }

  @Nested
  @DisplayName("who may act")
  class Actors {
    @Test
    @DisplayName("only the owner (or the platform) accepts")
    void onlyOwnerAccepts() {
      assertThatThrownBy(() -> dispatched().accept(Actor.responder(OTHER_LEADER), t(2)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage(
              "Cannot accept order WX-2026-000123 in status DISPATCHED: only the owner "
                  + "responder:R-leader-43 or the platform may accept it (was responder:R-unit-43-2)");
      assertThat(dispatched().accept(OWNER, t(2)).status()).isEqualTo(ACCEPTED);
    }

    @Test
    @DisplayName(
        "a team-owned order: no responder passes the owner check; the platform acts for the team")
    void teamOwner() {
      ServiceOrder o =
          received()
              .dispatch(
                  STAFF,
                  Dispatch.of(
                      Assignee.of(io.github.gridgov.core.people.TeamId.of("T-red")),
                      Tier.COMMUNITY,
                      Deadlines.of(t(60), t(600))),
                  t(1));
      assertThatThrownBy(() -> o.accept(Actor.responder(GRID_WORKER), t(2)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining(
              "only the owner team:T-red or the platform may accept it (was responder:R-grid-1)");
      assertThat(o.accept(STAFF, t(2)).status())
          .as("the platform acts for the team")
          .isEqualTo(ACCEPTED);
    }

    @Test
    @DisplayName("only the requester (or the platform) rates; a resident cannot dispatch")
    void residents() {
      assertThatThrownBy(
              () ->
                  resolved()
                      .rate(
                          Actor.resident(ResidentId.of("P-2")),
                          Rating.of(Satisfaction.SATISFIED, true),
                          t(5)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("only the requester or the platform may rate it");
      assertThatThrownBy(
              () -> received().dispatch(Actor.resident(REQUESTER), to(LEADER, Tier.BUILDING), t(1)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("only the platform's staff or a system may dispatch it");
      assertThat(received().cancel(Actor.resident(REQUESTER), "已自行解决", t(1)).status())
          .isEqualTo(CANCELLED);
    }

    @Test
    @DisplayName("a step dated before the last event is refused")
    void timeGoesForward() {
      assertThatThrownBy(() -> dispatched().accept(OWNER, T0))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining(
              "its time 2026-11-25T08:00:00Z is before the last recorded time 2026-11-25T08:01:00Z");
    }
  }

  @Nested
  @DisplayName("merging, referral and flags")
  class Links {
    @Test
    @DisplayName("a duplicate is merged and linked both ways")
    void mergeLinksBothWays() {
      ServiceOrder primary = dispatched();
      ServiceOrder duplicate =
          ServiceOrder.builder().from(received()).id(OrderId.of("WX-2026-000124")).build();
      ServiceOrder merged = duplicate.mergeInto(STAFF, primary.id(), t(2));
      ServiceOrder linked = primary.linkDuplicate(STAFF, duplicate.id(), t(2));
      assertThat(merged.status()).isEqualTo(MERGED);
      assertThat(merged.mergedInto()).contains(primary.id());
      assertThat(linked.duplicates()).containsExactly(duplicate.id());
      assertThat(linked.status()).isEqualTo(DISPATCHED);
      assertThatThrownBy(() -> primary.linkDuplicate(STAFF, primary.id(), t(2)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("the related order must be another order");
    }

    @Test
    @DisplayName("an emergency is referred to 119 and stays there")
    void referral() {
      ServiceOrder referred = received().refer(STAFF, ReferralTarget.FIRE_119, "燃气泄漏", t(1));
      assertThat(referred.referral()).contains(ReferralTarget.FIRE_119);
      assertThat(referred.status().isFinal()).isTrue();
      assertThat(referred.status().isOpen()).isFalse();
    }

    @Test
    @DisplayName("a flag found later is added once")
    void flags() {
      ServiceOrder flagged = accepted().addFlag(OWNER, OrderFlag.VIOLENCE_RISK, t(3));
      assertThat(flagged.flags()).containsExactly(OrderFlag.VIOLENCE_RISK);
      assertThat(flagged.reportedFlags()).isEmpty();
      assertThatThrownBy(() -> flagged.addFlag(OWNER, OrderFlag.VIOLENCE_RISK, t(4)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("already has flag VIOLENCE_RISK");
    }
  }

  @Test
  @DisplayName("reprioritising keeps the reported urgency and records the new one")
  void reprioritise() {
    ServiceOrder urgent = accepted().reprioritise(OWNER, Urgency.CRITICAL, "发现老人被困", t(3));
    assertThat(urgent.urgency()).isEqualTo(Urgency.NORMAL);
    assertThat(urgent.currentUrgency()).isEqualTo(Urgency.CRITICAL);
    assertThatThrownBy(() -> urgent.reprioritise(OWNER, Urgency.CRITICAL, "again", t(4)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("the urgency is already CRITICAL");
  }

  @Nested
  @DisplayName("restoring from storage")
  class Restore {
    @Test
    @DisplayName("an order rebuilt from its events equals the original")
    void roundTrip() {
      ServiceOrder original =
          resolved().rate(Actor.resident(REQUESTER), Rating.of(Satisfaction.SATISFIED, true), t(5));
      ServiceOrder restored = ServiceOrder.builder().from(original).build();
      assertThat(restored).isEqualTo(original);
      assertThat(restored.status()).isEqualTo(CLOSED);
    }

    @Test
    @DisplayName("a trail with an illegal step is rejected, naming the event")
    void illegalTrail() {
      ServiceOrder accepted = accepted();
      OrderEvent bad =
          OrderEvent.builder().from(accepted.events().get(1)).fromStatus(RECEIVED).build();
      UnaryOperator<ServiceOrder.Builder> tamper =
          b -> {
            b.events(List.of(accepted.events().get(0), bad));
            return b;
          };
      ServiceOrder.Builder builder = ServiceOrder.builder().from(accepted);
      assertThatThrownBy(() -> tamper.apply(builder).build())
          .isInstanceOf(InvalidModelException.class)
          .hasMessage(
              "Cannot create ServiceOrder: events[1] 'ACCEPT@2026-11-25T08:02:00Z' is not a "
                  + "legal step for order WX-2026-000123: starts from RECEIVED but the order is DISPATCHED");
    }
  }

  @Test
  @DisplayName("the description is left out of toString")
  void descriptionRedacted() {
    assertThat(received().toString()).doesNotContain("漏水").contains("WX-2026-000123");
  }

  @Test
  @DisplayName("an order can be located at a building too")
  void buildingLocation() {
    assertThat(Location.ofBuilding(BuildingId.of("B-43")).toString()).isEqualTo("BUILDING:B-43");
    assertThat(received().location().toString()).isEqualTo("HOUSEHOLD:H-43-2-301");
  }
}
