package io.github.gridgov.core.order;

import static io.github.gridgov.core.order.ServiceOrderLifecycleTest.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.Department;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A trail read back (from a store, a message) is folded through the same lifecycle as the steps
 * themselves: an event changed after the fact is refused, naming the event and the rule it breaks.
 */
@DisplayName("工单 trail read back: a tampered event is refused with the rule it breaks")
class TamperedTrailTest {
  static final Instant FAR = Instant.parse("2200-01-01T00:00:00Z");

  /** How to break a legal order: change its last event, or append a changed copy of it. */
  record Tamper(
      String name,
      Supplier<ServiceOrder> legal,
      boolean append,
      UnaryOperator<OrderEvent.Builder> change,
      String problem) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Tamper last(
      String name,
      Supplier<ServiceOrder> legal,
      UnaryOperator<OrderEvent.Builder> change,
      String problem) {
    return new Tamper(name, legal, false, change, problem);
  }

  static Tamper again(String name, Supplier<ServiceOrder> legal, String problem) {
    return new Tamper(name, legal, true, b -> b, problem);
  }

  static ServiceOrder offered() {
    return received()
        .offer(
            STAFF,
            to(LEADER, Tier.BUILDING),
            List.of(Assignee.of(LEADER), Assignee.of(OTHER_LEADER)),
            t(1));
  }

  static ServiceOrder whistled() {
    return dispatched()
        .escalate(
            STAFF,
            to(STREET_OFFICE, Tier.STREET),
            EscalationTrigger.TIER_BUDGET_PASSED,
            List.of(Department.HOUSING),
            t(2));
  }

  static ServiceOrder supervised() {
    return accepted().supervise(STAFF, Tier.COMMUNITY, "请加快办理", t(60), t(3));
  }

  static ServiceOrder objected() {
    return dispatched().raiseObjection(OWNER, "非本人职责", t(2));
  }

  static ServiceOrder transferred() {
    return objected()
        .decideObjection(STAFF, true, "同意", t(3))
        .transfer(STAFF, to(OTHER_LEADER, Tier.BUILDING), t(4));
  }

  static Stream<Tamper> tampers() {
    return Stream.of(
        last(
            "a dispatch turned into an acceptance",
            ServiceOrderLifecycleTest::dispatched,
            b -> b.step(OrderStep.ACCEPT).toStatus(OrderStatus.ACCEPTED),
            "allowed only from [DISPATCHED]"),
        last(
            "a step moved before the report",
            ServiceOrderLifecycleTest::dispatched,
            b -> b.at(T0.minusSeconds(1)),
            "its time 2026-11-25T07:59:59Z is before the last recorded time 2026-11-25T08:00:00Z"),
        last(
            "a step moved to the year 2200",
            ServiceOrderLifecycleTest::dispatched,
            b -> b.at(FAR),
            "its time 2200-01-01T00:00:00Z is not before 2200-01-01T00:00:00Z"),
        last(
            "deadlines moved before the report",
            ServiceOrderLifecycleTest::dispatched,
            b ->
                b.dispatch(
                    Dispatch.of(
                        Assignee.of(LEADER),
                        Tier.BUILDING,
                        Deadlines.of(T0.minusSeconds(60), t(60)))),
            "its deadlines 2026-11-25T07:59:00Z / 2026-11-25T09:00:00Z lie before the report 2026-11-25T08:00:00Z"),
        last(
            "a resolve-by moved before the report",
            ServiceOrderLifecycleTest::dispatched,
            b ->
                b.dispatch(
                    Dispatch.of(
                        Assignee.of(LEADER),
                        Tier.BUILDING,
                        Deadlines.of(t(60), T0.minusSeconds(60)))),
            "its deadlines 2026-11-25T09:00:00Z / 2026-11-25T07:59:00Z lie before the report"),
        last(
            "a resolve-by moved to 2200",
            ServiceOrderLifecycleTest::dispatched,
            b ->
                b.dispatch(
                    Dispatch.of(Assignee.of(LEADER), Tier.BUILDING, Deadlines.of(t(60), FAR))),
            "its deadlines must lie before 2200-01-01T00:00:00Z"),
        last(
            "an accept-by moved to 2200",
            ServiceOrderLifecycleTest::dispatched,
            b ->
                b.dispatch(
                    Dispatch.of(Assignee.of(LEADER), Tier.BUILDING, Deadlines.of(FAR, t(60)))),
            "its deadlines must lie before 2200-01-01T00:00:00Z"),
        last(
            "a dispatch without its dispatch",
            ServiceOrderLifecycleTest::dispatched,
            b -> b.dispatch(Optional.empty()),
            "needs a dispatch"),
        last(
            "a grab offer to nobody",
            TamperedTrailTest::offered,
            b -> b.offeredTo(List.of()),
            "needs a dispatch and the responders it is offered to"),
        last(
            "a grab offer whose dispatch names someone not offered",
            TamperedTrailTest::offered,
            b -> b.offeredTo(List.of(Assignee.of(OTHER_LEADER))),
            "the dispatch's assignee must be one of those offered"),
        last(
            "an acceptance of a plain order naming a taker",
            ServiceOrderLifecycleTest::accepted,
            b -> b.dispatch(to(OTHER_LEADER, Tier.BUILDING)),
            "only a grab order's acceptance names who takes it"),
        last(
            "a grab order taken for someone not offered",
            () -> offered().claim(STAFF, Assignee.of(LEADER), t(2)),
            b -> b.dispatch(to(GRID_WORKER, Tier.BUILDING)),
            "the order is offered to [responder:R-leader-43, responder:R-unit-43-2]; only one of them may take it"),
        last(
            "a grab order taken by a responder not offered",
            () -> offered().accept(Actor.responder(LEADER), t(2)),
            b -> b.actor(Actor.responder(GRID_WORKER)),
            "the order is offered to [responder:R-leader-43, responder:R-unit-43-2]; only one of them may take it"),
        last(
            "a grab order taken by one responder for another",
            () -> offered().accept(Actor.responder(LEADER), t(2)),
            b -> b.actor(Actor.responder(OTHER_LEADER)).dispatch(to(LEADER, Tier.BUILDING)),
            "only one of those offered, for itself, or the platform may accept it (was responder:R-unit-43-2)"),
        last(
            "a transfer approval without its trigger",
            () ->
                dispatched()
                    .approveTransfer(STAFF, EscalationTrigger.OWNER_UNAVAILABLE, "病假", t(2)),
            b -> b.trigger(Optional.empty()),
            "needs the trigger"),
        again(
            "a transfer approved twice",
            () ->
                dispatched()
                    .approveTransfer(STAFF, EscalationTrigger.OWNER_UNAVAILABLE, "病假", t(2)),
            "a transfer is already approved"),
        last(
            "a 报到 without its department",
            () -> whistled().reportIn(STAFF, Department.HOUSING, t(3)),
            b -> b.department(Optional.empty()),
            "needs the department"),
        last(
            "a 报到 by a department not summoned",
            () -> whistled().reportIn(STAFF, Department.HOUSING, t(3)),
            b -> b.department(Department.POLICE),
            "department police was not summoned (summoned: [housing])"),
        again(
            "a 报到 twice",
            () -> whistled().reportIn(STAFF, Department.HOUSING, t(3)),
            "department housing has already reported in"),
        again(
            "a second 督办 before the reply",
            TamperedTrailTest::supervised,
            "a supervision is already waiting for its reply"),
        last(
            "a 督办 from the owner's own tier",
            TamperedTrailTest::supervised,
            b -> b.tier(Tier.BUILDING),
            "the supervising tier must be above tier BUILDING"),
        last(
            "a 督办 without a reply deadline",
            TamperedTrailTest::supervised,
            b -> b.dueBy(Optional.empty()),
            "needs a reply deadline after the supervision"),
        last(
            "a 督办 whose reply is due at once",
            TamperedTrailTest::supervised,
            b -> b.dueBy(t(3)),
            "needs a reply deadline after the supervision"),
        last(
            "a 督办 without its opinion",
            TamperedTrailTest::supervised,
            b -> b.reason(Optional.empty()),
            "needs a reason"),
        again(
            "a reply to a 督办 answered already",
            () -> supervised().answerSupervision(OWNER, "已加派人手", t(4)),
            "no supervision waits for a reply"),
        last(
            "a reply to a 督办 without its text",
            () -> supervised().answerSupervision(OWNER, "已加派人手", t(4)),
            b -> b.reason(Optional.empty()),
            "needs a reason"),
        again(
            "a second extension",
            () -> dispatched().extend(STAFF, "需协调产权单位", t(2)),
            "the limit was already extended once"),
        last(
            "an extension without its reason",
            () -> dispatched().extend(STAFF, "需协调产权单位", t(2)),
            b -> b.reason(Optional.empty()),
            "needs a reason"),
        last(
            "care needs noted without any",
            () -> dispatched().noteCareNeeds(STAFF, Set.of(CareNeed.DISABLED), t(2)),
            b -> b.careNeeds(Set.of()),
            "needs the care needs"),
        again(
            "care needs noted twice",
            () -> dispatched().noteCareNeeds(STAFF, Set.of(CareNeed.DISABLED), t(2)),
            "the order already has care needs [DISABLED]"),
        last(
            "a rating without its rating",
            () ->
                resolved()
                    .rate(Actor.resident(REQUESTER), Rating.of(Satisfaction.SATISFIED, true), t(5)),
            b -> b.rating(Optional.empty()),
            "needs a rating"),
        last(
            "a referral without its target",
            () -> received().refer(STAFF, ReferralTarget.LITIGATION, "属诉讼事项", t(1)),
            b -> b.referral(Optional.empty()),
            "needs a referral target"),
        last(
            "a merge without the primary",
            () -> received().mergeInto(STAFF, OrderId.of("WX-2026-000001"), t(1)),
            b -> b.relatedOrder(Optional.empty()),
            "needs the related order"),
        last(
            "a merge into itself",
            () -> received().mergeInto(STAFF, OrderId.of("WX-2026-000001"), t(1)),
            b -> b.relatedOrder(OrderId.of("WX-2026-000123")),
            "the related order must be another order"),
        last(
            "a duplicate linked to itself",
            () -> dispatched().linkDuplicate(STAFF, OrderId.of("WX-2026-000002"), t(2)),
            b -> b.relatedOrder(OrderId.of("WX-2026-000123")),
            "the related order must be another order"),
        last(
            "a flag without its flag",
            () -> dispatched().addFlag(STAFF, OrderFlag.COMPLEX, t(2)),
            b -> b.flag(Optional.empty()),
            "needs a flag"),
        again(
            "a flag added twice",
            () -> dispatched().addFlag(STAFF, OrderFlag.COMPLEX, t(2)),
            "the order already has flag COMPLEX"),
        last(
            "an escalation without its dispatch",
            TamperedTrailTest::whistled,
            b -> b.dispatch(Optional.empty()),
            "needs a dispatch"),
        last(
            "an escalation that stays at its tier",
            TamperedTrailTest::whistled,
            b -> b.dispatch(to(OTHER_LEADER, Tier.BUILDING)),
            "escalation must go above tier BUILDING (asked: BUILDING)"),
        last(
            "a reassignment without its dispatch",
            () -> dispatched().reassign(STAFF, to(OTHER_LEADER, Tier.BUILDING), "楼栋长外出", t(2)),
            b -> b.dispatch(Optional.empty()),
            "needs a dispatch"),
        last(
            "a reassignment that changes the tier",
            () -> dispatched().reassign(STAFF, to(OTHER_LEADER, Tier.BUILDING), "楼栋长外出", t(2)),
            b -> b.dispatch(to(GRID_WORKER, Tier.GRID)),
            "reassignment stays at tier BUILDING; use escalate or transfer to change it"),
        last(
            "a reassignment to the same owner",
            () -> dispatched().reassign(STAFF, to(OTHER_LEADER, Tier.BUILDING), "楼栋长外出", t(2)),
            b -> b.dispatch(to(LEADER, Tier.BUILDING)),
            "the new owner must differ from responder:R-leader-43"),
        last(
            "a reassignment without its reason",
            () -> dispatched().reassign(STAFF, to(OTHER_LEADER, Tier.BUILDING), "楼栋长外出", t(2)),
            b -> b.reason(Optional.empty()),
            "needs a reason"),
        last(
            "a transfer without its dispatch",
            TamperedTrailTest::transferred,
            b -> b.dispatch(Optional.empty()),
            "needs a dispatch"),
        again("a second objection", TamperedTrailTest::objected, "an objection is already pending"),
        last(
            "an objection without its reason",
            TamperedTrailTest::objected,
            b -> b.reason(Optional.empty()),
            "needs a reason"),
        last(
            "a change of urgency without the urgency",
            () -> dispatched().reprioritise(STAFF, Urgency.URGENT, "涉及老人", t(2)),
            b -> b.urgency(Optional.empty()),
            "needs the new urgency"),
        last(
            "a change of urgency to the same urgency",
            () -> dispatched().reprioritise(STAFF, Urgency.URGENT, "涉及老人", t(2)),
            b -> b.urgency(Urgency.NORMAL),
            "the urgency is already NORMAL"),
        last(
            "a change of urgency without its reason",
            () -> dispatched().reprioritise(STAFF, Urgency.URGENT, "涉及老人", t(2)),
            b -> b.reason(Optional.empty()),
            "needs a reason"),
        last(
            "an objection decided without a decision",
            () -> objected().decideObjection(STAFF, true, "同意", t(3)),
            b -> b.approved(Optional.empty()),
            "needs the decision"),
        again(
            "an objection decided twice",
            () -> objected().decideObjection(STAFF, true, "同意", t(3)),
            "there is no pending objection"),
        last(
            "a parking without its review date",
            () -> dispatched().park(STAFF, "待产权单位答复", t(600), t(2)),
            b -> b.dueBy(Optional.empty()),
            "needs a review date after the parking"),
        last(
            "a parking reviewed at once",
            () -> dispatched().park(STAFF, "待产权单位答复", t(600), t(2)),
            b -> b.dueBy(t(2)),
            "needs a review date after the parking"),
        last(
            "a parking without its reason",
            () -> dispatched().park(STAFF, "待产权单位答复", t(600), t(2)),
            b -> b.reason(Optional.empty()),
            "needs a reason"),
        last(
            "a resolution without its summary",
            ServiceOrderLifecycleTest::resolved,
            b -> b.reason(Optional.empty()),
            "needs a reason"),
        last(
            "a resolution by someone not the owner",
            ServiceOrderLifecycleTest::resolved,
            b -> b.actor(Actor.responder(GRID_WORKER)),
            "only the owner responder:R-leader-43 or the platform may"),
        last(
            "a cancellation by someone not the requester",
            () -> received().cancel(STAFF, "重复来电", t(1)),
            b -> b.actor(Actor.resident(io.github.gridgov.core.people.ResidentId.of("P-2"))),
            "only the requester or the platform may"),
        last(
            "a 报到 by a resident",
            () -> whistled().reportIn(STAFF, Department.HOUSING, t(3)),
            b -> b.actor(Actor.resident(REQUESTER)),
            "only a department's responder or the platform may"),
        last(
            "a dispatch by a responder",
            ServiceOrderLifecycleTest::dispatched,
            b -> b.actor(OWNER),
            "only the platform's staff or a system may"),
        last(
            "an acceptance of a plain order by someone not the owner",
            ServiceOrderLifecycleTest::accepted,
            b -> b.actor(Actor.responder(GRID_WORKER)),
            "only the owner responder:R-leader-43 or the platform may"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tampers")
  @DisplayName("refused, naming the event and the rule")
  void refused(Tamper tamper) {
    ServiceOrder legal = tamper.legal().get();
    List<OrderEvent> events = new ArrayList<>(legal.events());
    OrderEvent lastEvent = events.get(events.size() - 1);
    OrderEvent.Builder b = OrderEvent.builder().from(lastEvent);
    if (tamper.append()) {
      b.sequence(lastEvent.sequence() + 1).fromStatus(lastEvent.toStatus());
    }
    OrderEvent changed = tamper.change().apply(b).build();
    if (tamper.append()) {
      events.add(changed);
    } else {
      events.set(events.size() - 1, changed);
    }
    int index = events.size() - 1;
    assertThatThrownBy(() -> ServiceOrder.builder().from(legal).events(events).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith(
            "Cannot create ServiceOrder: events[" + index + "] '" + changed.step() + "@")
        .hasMessageContaining("is not a legal step for order WX-2026-000123: " + tamper.problem());
  }
}
