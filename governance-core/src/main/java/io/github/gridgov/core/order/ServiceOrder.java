package io.github.gridgov.core.order;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.ResidentId;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 工单 — a resident's or a patrol's matter and everything that happened to it.
 *
 * <p>What was reported (kind, category, origin, location, scope, flags, care needs, urgency,
 * requester, description, time) is set once through {@link #builder()}. Everything else — status,
 * tier, owner, deadlines, ratings, rework count, links — follows from the audit trail {@link
 * #events()}, which only the lifecycle methods extend. Each lifecycle method takes the acting
 * party and the {@link Instant} of the step, and returns a new order with one more {@link
 * OrderEvent}; an illegal step throws {@link IllegalTransitionException} and this order stays as
 * it was. {@link OrderStep} is the transition table.
 *
 * <p>Who may act: the platform (staff or a system) may take every step; the owning responder its
 * owner's steps (accept, resolve, suspend, park, resume, return, object, flag, reprioritise,
 * answer a supervision); one of those offered a grab order may accept it, for itself; the
 * requester may rate or withdraw (撤单). A team-owned order has no responder owner — the core holds
 * no roster of the team's members — so the platform takes the team's steps (the rule "platform
 * only"); an order without a requester (a patrol or proactive finding) is rated and withdrawn by
 * the platform only.
 *
 * <p>A host restoring an order from storage passes the stored events to the builder; the order
 * re-checks the whole trail and throws {@link io.github.gridgov.core.InvalidModelException} at the
 * first step that does not fit.
 *
 * <p>The free-text description may hold personal data and is left out of {@code toString()}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ServiceOrder {
  ServiceOrder() {}

  /** The identifier. */
  public abstract OrderId id();

  /** 诉求类型. */
  public abstract OrderKind kind();

  /** 诉求分类. */
  public abstract Category category();

  /** How the matter came in. */
  public abstract Origin origin();

  /** Where the matter is. */
  public abstract Location location();

  /** How far it reaches; {@link Scope#HOUSEHOLD} unless set. */
  @Value.Default
  public Scope scope() {
    return Scope.HOUSEHOLD;
  }

  /** The flags known at intake; see {@link #flags()} for the current ones. */
  public abstract Set<OrderFlag> reportedFlags();

  /** The care needs known at intake; see {@link #careNeeds()} for the current ones. */
  public abstract Set<CareNeed> reportedCareNeeds();

  /** How urgent it was when reported; {@link Urgency#NORMAL} unless set. See {@link #currentUrgency()}. */
  @Value.Default
  public Urgency urgency() {
    return Urgency.NORMAL;
  }

  /** The resident who asked, if known (a patrol finding has none). */
  public abstract Optional<ResidentId> requester();

  /**
   * How to reach whoever reported it, when that is not (only) a registered resident: a hotline
   * caller, a civic-reporting app's user. Personal data, shown masked.
   */
  public abstract Optional<Reporter> reporter();

  /** The matter in the requester's words; at most 2,000 characters; not shown by toString. */
  @Value.Redacted
  public abstract Optional<String> description();

  /**
   * 照片与附件 — links to the photos, recordings or files reported with the matter (an Open311
   * client's {@code media_url}, a mini-program's uploads), in the order given: at most {@value
   * #MAX_MEDIA}, each an absolute {@code http} or {@code https} URL of at most 2,000 characters.
   * The files stay where the platform keeps them; the order holds the links.
   */
  public abstract List<URI> media();

  /** The most media links one order holds: 9 (ours: the photos one WeChat message carries). */
  public static final int MAX_MEDIA = 9;

  /** When the matter was reported. */
  public abstract Instant reportedAt();

  /** The audit trail, oldest first. */
  public abstract List<OrderEvent> events();

  @Value.Derived
  @Value.Auxiliary
  OrderState state() {
    return OrderState.of(this);
  }

  /** The current status. */
  public OrderStatus status() {
    return state().status;
  }

  /** The tier handling the order now; empty before the first dispatch. */
  public Optional<Tier> tier() {
    return state().tier();
  }

  /** The owner now; empty before the first dispatch. */
  public Optional<Assignee> owner() {
    return state().dispatch == null ? Optional.empty() : Optional.of(state().dispatch.assignee());
  }

  /**
   * The current dispatch (owner, tier, and the deadlines as stamped when it was made); empty
   * before the first dispatch. The stamped deadlines do not move: the deadlines <em>in force</em>
   * — moved by suspension, parking, rework, reopening, reprioritisation and extension, and never
   * later than a tighter stamped one — are the SLA clock's, in the rules module
   * ({@code GovernanceRules.deadlinesInForce}).
   */
  public Optional<Dispatch> currentDispatch() {
    return Optional.ofNullable(state().dispatch);
  }

  /** 首接负责 — the first dispatch, whose owner stays responsible. */
  public Optional<Dispatch> firstDispatch() {
    return Optional.ofNullable(state().firstDispatch);
  }

  /** How urgent it is now: the reported urgency, or the last one set by {@link #reprioritise}. */
  public Urgency currentUrgency() {
    return state().urgency;
  }

  /** The care needs now: those reported plus those noted later ({@link #noteCareNeeds}). */
  public Set<CareNeed> careNeeds() {
    return state().careNeeds();
  }

  /** 抢单 — those the order is offered to until one of them accepts; empty unless it is a pending grab order. */
  public List<Assignee> offeredTo() {
    return state().offered;
  }

  /** 吹哨 — the departments the last escalation to the street summoned; empty if none. */
  public List<Department> summonedDepartments() {
    return state().summoned;
  }

  /** 报到 — the summoned departments that reported in since the last 吹哨, in order. */
  public List<Department> reportedDepartments() {
    return ImmutableList.copyOf(state().reportedIn);
  }

  /**
   * The reply deadline of the supervision (督办) waiting for its answer, if one does. A move to
   * another owner (escalation, reassignment, transfer) ends the supervision unanswered: it was
   * addressed to the owner it supervised, and a supervision left unanswered moves the order once.
   */
  public Optional<Instant> supervisionDueBy() {
    return Optional.ofNullable(state().supervisionDueBy);
  }

  /** Whether the resolution limit was extended ({@link #extend}). */
  public boolean isExtended() {
    return state().extended;
  }

  /** The review date of a parked order; empty unless parked. */
  public Optional<Instant> reviewAt() {
    return Optional.ofNullable(state().reviewAt);
  }

  /** The flags now: those reported plus those added later. */
  public Set<OrderFlag> flags() {
    return state().flags();
  }

  /** The latest rating, if rated. */
  public Optional<Rating> rating() {
    List<Rating> r = state().ratings;
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(r.size() - 1));
  }

  /** Every rating, oldest first. */
  public List<Rating> ratings() {
    return ImmutableList.copyOf(state().ratings);
  }

  /** 返工次数 — how many times the order went back to rework. */
  public int reworkCount() {
    return state().reworks;
  }

  /** How many ratings were unsatisfied (不满意 or 非常不满意). */
  public int unsatisfiedRatingCount() {
    return state().unsatisfied;
  }

  /** The order this one was merged into, if merged. */
  public Optional<OrderId> mergedInto() {
    return Optional.ofNullable(state().mergedInto);
  }

  /** The duplicates merged into this order. */
  public List<OrderId> duplicates() {
    return ImmutableList.copyOf(state().duplicates);
  }

  /** Where the order was referred, if referred. */
  public Optional<ReferralTarget> referral() {
    return Optional.ofNullable(state().referral);
  }

  /** Whether the owner's objection waits for a decision. */
  public boolean hasPendingObjection() {
    return state().objection == OrderState.Objection.PENDING;
  }

  /** Whether an approved objection allows a transfer now. */
  public boolean hasApprovedObjection() {
    return state().objection == OrderState.Objection.APPROVED;
  }

  /** Whether the owner returned the order as beyond its ability since the last dispatch. */
  public boolean isReturnedByOwner() {
    return state().returned;
  }

  /** The time of the last event, or the report time when there is none. */
  public Instant lastChangedAt() {
    return state().lastAt;
  }

  /** A new builder for an order as reported, or for one restored with its events. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ServiceOrder}. {@link #build()} throws {@link
   * io.github.gridgov.core.InvalidModelException} if the description is blank or too long, or
   * if restored events do not form a legal trail.
   */
  public static final class Builder extends ImmutableServiceOrder.Builder {}

  /** The earliest report time accepted: 1900-01-01T00:00Z (ours: older records are not orders). */
  public static final Instant EARLIEST_TIME = Instant.parse("1900-01-01T00:00:00Z");

  /**
   * The latest time of a report, a step or a deadline: 2200-01-01T00:00Z (ours, inside the range
   * 1678–2261 that the SLA clock counts in, so that every accepted order can be measured).
   */
  public static final Instant LATEST_TIME = Instant.parse("2200-01-01T00:00:00Z");

  @Value.Check
  void check() {
    Checks.checkWithin(reportedAt(), EARLIEST_TIME, LATEST_TIME, "ServiceOrder", "reportedAt");
    description().ifPresent(d -> Checks.checkText(d, 2000, "ServiceOrder", "description"));
    Checks.check(
        media().size() <= MAX_MEDIA,
        "ServiceOrder",
        "media",
        media().size() + " links",
        "must hold at most " + MAX_MEDIA + " links");
    for (URI link : media()) {
      String text = link.toString();
      String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
      Checks.check(
          link.isAbsolute()
              && (scheme.equals("http") || scheme.equals("https"))
              && link.getHost() != null
              && text.length() <= 2000,
          "ServiceOrder",
          "media",
          Checks.abbreviate(text),
          "must be absolute http or https URLs with a host, of at most 2,000 characters");
    }
  }

  // ---- lifecycle ------------------------------------------------------------------------

  /** 派单: gives the order its owner, tier and deadlines. */
  public ServiceOrder dispatch(Actor by, Dispatch dispatch, Instant at) {
    return step(OrderStep.DISPATCH, by, at, null, requireNonNull(dispatch, "dispatch"), null);
  }

  /**
   * 签收/接单: the owner accepts; for a grab order ({@link #offer}), the accepting responder is
   * one of those offered and becomes the owner.
   */
  public ServiceOrder accept(Actor by, Instant at) {
    return step(OrderStep.ACCEPT, by, at, null, null, null);
  }

  /**
   * 抢单发布: dispatches the order as an offer to {@code offeredTo} (best first) at the tier and
   * with the deadlines of {@code dispatch}, whose assignee is the first of them and holds the order
   * until one accepts ({@link #accept} by that responder, or {@link #claim} on its behalf). The
   * volunteer loop 群众点单 → 社区派单 → 党员/志愿者接单 (抢单) is practice (tier C); every offer
   * carries its deadlines (北京市接诉即办工作条例 Art. 12–13).
   */
  public ServiceOrder offer(Actor by, Dispatch dispatch, List<Assignee> offeredTo, Instant at) {
    requireNonNull(dispatch, "dispatch");
    List<Assignee> offered = ImmutableList.copyOf(offeredTo);
    return step(OrderStep.OFFER, by, at, null, dispatch, b -> b.offeredTo(offered));
  }

  /**
   * 抢单: {@code claimer}, one of those offered, takes the grab order (recorded by the platform); it
   * becomes the owner, and the first owner if the offer was the first dispatch (首接负责,
   * 北京市接诉即办工作条例 Art. 14).
   */
  public ServiceOrder claim(Actor by, Assignee claimer, Instant at) {
    requireNonNull(claimer, "claimer");
    Dispatch current = state().dispatch;
    Dispatch to =
        current == null ? null : Dispatch.of(claimer, current.tier(), current.deadlines());
    if (to == null) {
      return step(OrderStep.ACCEPT, by, at, null, null, null);
    }
    return step(OrderStep.ACCEPT, by, at, null, to, null);
  }

  /** 办结: the owner reports the matter solved, with a summary. */
  public ServiceOrder resolve(Actor by, String summary, Instant at) {
    return step(OrderStep.RESOLVE, by, at, reason(summary), null, null);
  }

  /** 评单: the requester rates; an unsatisfied rating sends the order back to rework, any other closes it. */
  public ServiceOrder rate(Actor by, Rating rating, Instant at) {
    requireNonNull(rating, "rating");
    return step(OrderStep.RATE, by, at, null, null, b -> b.rating(rating));
  }

  /** 结案 after the platform verified the fix. */
  public ServiceOrder close(Actor by, Instant at) {
    return step(OrderStep.CLOSE, by, at, null, null, null);
  }

  /** 返工: verification failed; back to the owner. */
  public ServiceOrder sendBack(Actor by, String reason, Instant at) {
    return step(OrderStep.SEND_BACK, by, at, reason(reason), null, null);
  }

  /** Reopens a closed order for rework. */
  public ServiceOrder reopen(Actor by, String reason, Instant at) {
    return step(OrderStep.REOPEN, by, at, reason(reason), null, null);
  }

  /** 挂起: waits for the requester or a third party; the SLA clock pauses. */
  public ServiceOrder suspend(Actor by, String reason, Instant at) {
    return step(OrderStep.SUSPEND, by, at, reason(reason), null, null);
  }

  /** 挂账: cannot be solved now; {@code reviewAt} is when it is looked at again (after {@code at}). */
  public ServiceOrder park(Actor by, String reason, Instant reviewAt, Instant at) {
    requireNonNull(reviewAt, "reviewAt");
    return step(OrderStep.PARK, by, at, reason(reason), null, b -> b.dueBy(reviewAt));
  }

  /** Resumes a suspended or parked order in the status it had before. */
  public ServiceOrder resume(Actor by, Instant at) {
    return step(OrderStep.RESUME, by, at, null, null, null);
  }

  /** 转出 to an emergency line or a legal channel. */
  public ServiceOrder refer(Actor by, ReferralTarget target, String reason, Instant at) {
    requireNonNull(target, "target");
    return step(OrderStep.REFER, by, at, reason(reason), null, b -> b.referral(target));
  }

  /**
   * 合并: this order is a duplicate of {@code primary}; record the other side with {@link
   * #linkDuplicate} on the primary order.
   */
  public ServiceOrder mergeInto(Actor by, OrderId primary, Instant at) {
    requireNonNull(primary, "primary");
    return step(OrderStep.MERGE, by, at, null, null, b -> b.relatedOrder(primary));
  }

  /** Records on this order that {@code duplicate} was merged into it. */
  public ServiceOrder linkDuplicate(Actor by, OrderId duplicate, Instant at) {
    requireNonNull(duplicate, "duplicate");
    return step(OrderStep.LINK_DUPLICATE, by, at, null, null, b -> b.relatedOrder(duplicate));
  }

  /** 撤单. */
  public ServiceOrder cancel(Actor by, String reason, Instant at) {
    return step(OrderStep.CANCEL, by, at, reason(reason), null, null);
  }

  /** 升级 by hand: a higher tier takes the order; {@code reason} says why in the dispatcher's words. */
  public ServiceOrder escalate(Actor by, Dispatch to, String reason, Instant at) {
    return step(OrderStep.ESCALATE, by, at, reason(reason), requireNonNull(to, "to"), null);
  }

  /** 升级: a higher tier takes the order because of {@code trigger}, recorded typed on the trail. */
  public ServiceOrder escalate(Actor by, Dispatch to, EscalationTrigger trigger, Instant at) {
    return escalate(by, to, trigger, List.of(), at);
  }

  /**
   * 升级 and, at the street, 吹哨: a higher tier takes the order because of {@code trigger}, and
   * the street summons {@code summoned} (北京市接诉即办工作条例 Art. 16); each then reports in with
   * {@link #reportIn}.
   */
  public ServiceOrder escalate(
      Actor by, Dispatch to, EscalationTrigger trigger, List<Department> summoned, Instant at) {
    requireNonNull(trigger, "trigger");
    List<Department> departments = ImmutableList.copyOf(summoned);
    return step(
        OrderStep.ESCALATE,
        by,
        at,
        null,
        requireNonNull(to, "to"),
        b -> b.trigger(trigger).summonedDepartments(departments));
  }

  /** 改派 by hand within the same tier, before anyone accepted. */
  public ServiceOrder reassign(Actor by, Dispatch to, String reason, Instant at) {
    return step(OrderStep.REASSIGN, by, at, reason(reason), requireNonNull(to, "to"), null);
  }

  /**
   * 改派 within the same tier, before anyone accepted, because of {@code trigger}; the step's reason
   * reads the trigger's Chinese label (e.g. {@code 超时未签收}), the trigger itself is on the event.
   */
  public ServiceOrder reassign(Actor by, Dispatch to, EscalationTrigger trigger, Instant at) {
    requireNonNull(trigger, "trigger");
    return step(
        OrderStep.REASSIGN,
        by,
        at,
        reason(trigger.zh()),
        requireNonNull(to, "to"),
        b -> b.trigger(trigger));
  }

  /**
   * 转派审批: the platform approves a change of owner the owner did not ask for, because of
   * {@code trigger} (e.g. the owner is off duty); {@link #transfer} may follow (首接负责,
   * 北京市接诉即办工作条例 Art. 14: the change is recorded and approved, never silent).
   */
  public ServiceOrder approveTransfer(
      Actor by, EscalationTrigger trigger, String reason, Instant at) {
    requireNonNull(trigger, "trigger");
    return step(OrderStep.APPROVE_TRANSFER, by, at, reason(reason), null, b -> b.trigger(trigger));
  }

  /** 报到: {@code department}, summoned by the last 吹哨, reports in (北京市接诉即办工作条例 Art. 16). */
  public ServiceOrder reportIn(Actor by, Department department, Instant at) {
    requireNonNull(department, "department");
    return step(OrderStep.REPORT_IN, by, at, null, null, b -> b.department(department));
  }

  /**
   * 督办: {@code tier}, above the order's tier, supervises it with its {@code opinion}; the owner
   * answers by {@code replyBy} ({@link #answerSupervision}). One supervision waits at a time, and
   * a move to another owner ends it (both ours). Source: the street's 考核督办 of multi-department matters (北京市街道办事处条例 Art. 11).
   */
  public ServiceOrder supervise(Actor by, Tier tier, String opinion, Instant replyBy, Instant at) {
    requireNonNull(tier, "tier");
    requireNonNull(replyBy, "replyBy");
    return step(
        OrderStep.SUPERVISE, by, at, reason(opinion), null, b -> b.tier(tier).dueBy(replyBy));
  }

  /** 督办回复: the owner (or the platform for it) answers the pending supervision (北京市街道办事处条例 Art. 11). */
  public ServiceOrder answerSupervision(Actor by, String answer, Instant at) {
    return step(OrderStep.ANSWER_SUPERVISION, by, at, reason(answer), null, null);
  }

  /** 延期: the one extension the SLA profile allows (e.g. 信访工作条例 Art. 34, 30 days), with the reason. */
  public ServiceOrder extend(Actor by, String reason, Instant at) {
    return step(OrderStep.EXTEND, by, at, reason(reason), null, null);
  }

  /**
   * 登记关爱对象: care needs found after intake (e.g. read from the registry by the rules' intake);
   * at least one must be new. That care needs raise priority and shorten deadlines is our rule,
   * configurable in the rules module.
   */
  public ServiceOrder noteCareNeeds(Actor by, Set<CareNeed> needs, Instant at) {
    Set<CareNeed> copy = com.google.common.collect.ImmutableSet.copyOf(needs);
    return step(OrderStep.NOTE_CARE_NEEDS, by, at, null, null, b -> b.careNeeds(copy));
  }

  /** 派单异议: the owner objects that the order is not within its duty. */
  public ServiceOrder raiseObjection(Actor by, String reason, Instant at) {
    return step(OrderStep.RAISE_OBJECTION, by, at, reason(reason), null, null);
  }

  /** 异议审核: the platform approves or rejects the pending objection. */
  public ServiceOrder decideObjection(Actor by, boolean approved, String reason, Instant at) {
    return step(
        OrderStep.DECIDE_OBJECTION, by, at, reason(reason), null, b -> b.approved(approved));
  }

  /** 转派 to another owner after an approved objection (北京市接诉即办工作条例 Art. 14). */
  public ServiceOrder transfer(Actor by, Dispatch to, Instant at) {
    return step(OrderStep.TRANSFER, by, at, null, requireNonNull(to, "to"), null);
  }

  /** 退回: the owner says the matter is beyond its ability; an escalation trigger. */
  public ServiceOrder returnAsBeyondAbility(Actor by, String reason, Instant at) {
    return step(OrderStep.RETURN, by, at, reason(reason), null, null);
  }

  /** Adds a flag found after intake. */
  public ServiceOrder addFlag(Actor by, OrderFlag flag, Instant at) {
    requireNonNull(flag, "flag");
    return step(OrderStep.ADD_FLAG, by, at, null, null, b -> b.flag(flag));
  }

  /** 调整紧急程度: the urgency changes; the SLA clock keeps the time already elapsed. */
  public ServiceOrder reprioritise(Actor by, Urgency urgency, String reason, Instant at) {
    requireNonNull(urgency, "urgency");
    return step(OrderStep.REPRIORITISE, by, at, reason(reason), null, b -> b.urgency(urgency));
  }

  private static String reason(String text) {
    requireNonNull(text, "reason");
    Checks.checkText(text, 500, "OrderEvent", "reason");
    return text;
  }

  // ---- replay -------------------------------------------------------------------------------

  /** This order as it was reported: the same reported facts, an empty trail. */
  public ServiceOrder asReported() {
    return events().isEmpty()
        ? this
        : ((ImmutableServiceOrder) this).withEvents(ImmutableList.of());
  }

  /**
   * This order with the stored {@code event} taken as its next step: for a host that keeps an
   * append-only table of events and replays them instead of calling the lifecycle methods. The
   * event is held to the same rules as the step it records: it must be the next one ({@code
   * sequence} one more than the events so far), start from the current status, be a step its actor
   * may take now and lead where that step leads.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the sequence or a status does not fit
   * @throws IllegalTransitionException if the step may not be taken now, or not by its actor
   */
  public ServiceOrder apply(OrderEvent event) {
    requireNonNull(event, "event");
    OrderState s = state();
    int next = events().size() + 1;
    Checks.check(
        event.sequence() == next,
        "OrderEvent",
        "sequence",
        event.sequence(),
        "must be " + next + ", the next step of order " + id());
    Checks.check(
        event.fromStatus() == s.status,
        "OrderEvent",
        "fromStatus",
        event.fromStatus(),
        "must be " + s.status + ", the status of order " + id());
    s.require(event.step(), event);
    OrderStatus target = s.targetOf(event.step(), event);
    Checks.check(
        event.toStatus() == target,
        "OrderEvent",
        "toStatus",
        event.toStatus(),
        "must be " + target + ", where " + event.step() + " leads from " + s.status);
    return ((ImmutableServiceOrder) this)
        .withEvents(
            ImmutableList.<OrderEvent>builderWithExpectedSize(next)
                .addAll(events())
                .add(event)
                .build());
  }

  /**
   * This order with the stored {@code events} taken in order, as {@link #apply(OrderEvent)} takes
   * each; the trail is folded once.
   *
   * @throws io.github.gridgov.core.InvalidModelException naming the first event that does not fit
   *     ({@code events[i]}, counted over the whole trail); this order stays as it was
   */
  public ServiceOrder applyAll(Iterable<OrderEvent> events) {
    requireNonNull(events, "events");
    ImmutableList<OrderEvent> all =
        ImmutableList.<OrderEvent>builder().addAll(events()).addAll(events).build();
    return all.size() == events().size() ? this : ((ImmutableServiceOrder) this).withEvents(all);
  }

  /**
   * An order rebuilt from what was reported and its stored events: {@code
   * reported.asReported().applyAll(events)}.
   *
   * @throws io.github.gridgov.core.InvalidModelException naming the first event that does not fit
   */
  public static ServiceOrder replay(ServiceOrder reported, Iterable<OrderEvent> events) {
    return requireNonNull(reported, "reported").asReported().applyAll(events);
  }

  private ServiceOrder step(
      OrderStep step,
      Actor by,
      Instant at,
      String reason,
      Dispatch dispatch,
      java.util.function.Consumer<OrderEvent.Builder> extra) {
    requireNonNull(by, "by");
    requireNonNull(at, "at");
    OrderState s = state();
    OrderEvent.Builder b =
        OrderEvent.builder()
            .sequence(events().size() + 1)
            .step(step)
            .fromStatus(s.status)
            .toStatus(s.status)
            .actor(by)
            .at(at);
    if (reason != null) {
      b.reason(reason);
    }
    if (dispatch != null) {
      b.dispatch(dispatch);
    }
    if (extra != null) {
      extra.accept(b);
    }
    OrderEvent draft = b.build();
    s.require(step, draft);
    OrderEvent event = OrderEvent.builder().from(draft).toStatus(s.targetOf(step, draft)).build();
    return ((ImmutableServiceOrder) this)
        .withEvents(
            ImmutableList.<OrderEvent>builderWithExpectedSize(events().size() + 1)
                .addAll(events())
                .add(event)
                .build());
  }
}
