package io.github.gridgov.core.order;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.people.CareNeed;
import io.github.gridgov.core.people.ResidentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state of an order, folded from its trail. One place decides whether a step is allowed, for
 * lifecycle calls and restored trails alike. Not API.
 */
final class OrderState {
  enum Objection {
    NONE,
    PENDING,
    APPROVED
  }

  private final OrderId id;
  private final Optional<ResidentId> requester;
  private final Instant reportedAt;
  OrderStatus status = OrderStatus.RECEIVED;
  OrderStatus beforePause;
  Dispatch dispatch;
  Dispatch firstDispatch;

  /** How many steps set the dispatch so far. */
  int dispatches;

  Instant lastAt;
  int reworks;
  int unsatisfied;
  final List<Rating> ratings = new ArrayList<>(2);
  final EnumSet<OrderFlag> flags;
  final Set<OrderFlag> flagsView;
  OrderId mergedInto;
  final List<OrderId> duplicates = new ArrayList<>(0);
  ReferralTarget referral;
  Objection objection = Objection.NONE;
  boolean returned;
  Urgency urgency;

  /** Those a grab order is offered to, until one accepts; empty otherwise. */
  List<Assignee> offered = List.of();

  /** The departments of the last 吹哨, and those of them that reported in. */
  List<io.github.gridgov.core.people.Department> summoned = List.of();

  final List<io.github.gridgov.core.people.Department> reportedIn = new ArrayList<>(0);

  /** The pending supervision's reply deadline, or null. */
  Instant supervisionDueBy;

  boolean extended;

  /** The review date of a parked order, or null. */
  Instant reviewAt;

  final EnumSet<CareNeed> careNeeds;
  final Set<CareNeed> careNeedsView;

  private OrderState(ServiceOrder order) {
    this.id = order.id();
    this.requester = order.requester();
    this.reportedAt = order.reportedAt();
    this.lastAt = order.reportedAt();
    this.urgency = order.urgency();
    this.flags =
        order.reportedFlags().isEmpty()
            ? EnumSet.noneOf(OrderFlag.class)
            : EnumSet.copyOf(order.reportedFlags());
    this.flagsView = Collections.unmodifiableSet(flags);
    this.careNeeds =
        order.reportedCareNeeds().isEmpty()
            ? EnumSet.noneOf(CareNeed.class)
            : EnumSet.copyOf(order.reportedCareNeeds());
    this.careNeedsView = Collections.unmodifiableSet(careNeeds);
  }

  /**
   * Folds the trail of {@code order}.
   *
   * @throws io.github.gridgov.core.InvalidModelException naming the first event that the
   *     statuses before it do not allow
   */
  static OrderState of(ServiceOrder order) {
    OrderState s = new OrderState(order);
    List<OrderEvent> events = order.events();
    for (int i = 0; i < events.size(); i++) {
      OrderEvent e = events.get(i);
      String problem =
          e.sequence() != i + 1
              ? "has sequence " + e.sequence() + ", expected " + (i + 1)
              : e.fromStatus() != s.status
                  ? "starts from " + e.fromStatus() + " but the order is " + s.status
                  : s.problemWith(e.step(), e);
      if (problem == null && s.targetOf(e.step(), e) != e.toStatus()) {
        problem =
            "leads to "
                + e.toStatus()
                + " but "
                + e.step()
                + " leads to "
                + s.targetOf(e.step(), e);
      }
      if (problem != null) {
        throw new io.github.gridgov.core.InvalidModelException(
            "ServiceOrder",
            "events[" + i + "]",
            e.step() + "@" + e.at(),
            "is not a legal step for order " + order.id() + ": " + problem);
      }
      s.apply(e);
    }
    return s;
  }

  /** Throws {@link IllegalTransitionException} if {@code e} may not follow; otherwise nothing. */
  void require(OrderStep step, OrderEvent e) {
    String problem = problemWith(step, e);
    if (problem != null) {
      throw new IllegalTransitionException(id, status, step, problem);
    }
  }

  /** The status {@code e} leads to. */
  OrderStatus targetOf(OrderStep step, OrderEvent e) {
    if (step.target().isPresent()) {
      return step.target().get();
    } else if (step == OrderStep.RATE) {
      return e.rating().map(r -> r.satisfaction().isUnsatisfied()).orElse(false)
          ? OrderStatus.REWORK
          : OrderStatus.CLOSED;
    } else if (step == OrderStep.RESUME) {
      return beforePause;
    }
    return status;
  }

  /** Why {@code e} may not follow, or {@code null} if it may. */
  String problemWith(OrderStep step, OrderEvent e) {
    if (!step.from().contains(status)) {
      return "allowed only from " + step.from();
    }
    if (e.at().isBefore(lastAt)) {
      return "its time " + e.at() + " is before the last recorded time " + lastAt;
    }
    if (!e.at().isBefore(ServiceOrder.LATEST_TIME)) {
      return "its time " + e.at() + " is not before " + ServiceOrder.LATEST_TIME;
    }
    if (e.dispatch().isPresent()) {
      Deadlines d = e.dispatch().get().deadlines();
      if (d.resolveBy().isBefore(reportedAt) || d.acceptBy().isBefore(reportedAt)) {
        return "its deadlines "
            + d.acceptBy()
            + " / "
            + d.resolveBy()
            + " lie before the report "
            + reportedAt;
      }
      if (!d.resolveBy().isBefore(ServiceOrder.LATEST_TIME)
          || !d.acceptBy().isBefore(ServiceOrder.LATEST_TIME)) {
        return "its deadlines must lie before " + ServiceOrder.LATEST_TIME;
      }
    }
    String actorProblem = actorProblem(step, e);
    if (actorProblem != null) {
      return actorProblem;
    }
    switch (step) {
      case DISPATCH -> {
        return need(e.dispatch(), "a dispatch");
      }
      case OFFER -> {
        if (e.dispatch().isEmpty() || e.offeredTo().isEmpty()) {
          return "needs a dispatch and the responders it is offered to";
        }
        return e.offeredTo().contains(e.dispatch().get().assignee())
            ? null
            : "the dispatch's assignee must be one of those offered";
      }
      case ACCEPT -> {
        if (offered.isEmpty()) {
          return e.dispatch().isPresent()
              ? "only a grab order's acceptance names who takes it"
              : null;
        }
        Optional<Assignee> claimer = claimer(e);
        return claimer.isPresent() && offered.contains(claimer.get())
            ? null
            : "the order is offered to " + offered + "; only one of them may take it";
      }
      case APPROVE_TRANSFER -> {
        if (objection == Objection.APPROVED) {
          return "a transfer is already approved";
        }
        return e.trigger().isPresent() ? reasonProblem(e) : "needs the trigger";
      }
      case REPORT_IN -> {
        if (e.department().isEmpty()) {
          return "needs the department";
        }
        if (!summoned.contains(e.department().get())) {
          return "department "
              + e.department().get()
              + " was not summoned (summoned: "
              + summoned
              + ")";
        }
        return reportedIn.contains(e.department().get())
            ? "department " + e.department().get() + " has already reported in"
            : null;
      }
      case SUPERVISE -> {
        if (dispatch == null) {
          return "only a dispatched order can be supervised";
        }
        if (supervisionDueBy != null) {
          return "a supervision is already waiting for its reply";
        }
        if (e.tier().isEmpty() || !e.tier().get().isAbove(dispatch.tier())) {
          return "the supervising tier must be above tier " + dispatch.tier();
        }
        if (e.dueBy().isEmpty() || !e.dueBy().get().isAfter(e.at())) {
          return "needs a reply deadline after the supervision";
        }
        return reasonProblem(e);
      }
      case ANSWER_SUPERVISION -> {
        return supervisionDueBy == null ? "no supervision waits for a reply" : reasonProblem(e);
      }
      case EXTEND -> {
        return extended ? "the limit was already extended once" : reasonProblem(e);
      }
      case NOTE_CARE_NEEDS -> {
        if (e.careNeeds().isEmpty()) {
          return "needs the care needs";
        }
        return careNeeds.containsAll(e.careNeeds())
            ? "the order already has care needs " + e.careNeeds()
            : null;
      }
      case RATE -> {
        return need(e.rating(), "a rating");
      }
      case REFER -> {
        return need(e.referral(), "a referral target");
      }
      case MERGE, LINK_DUPLICATE -> {
        if (e.relatedOrder().isEmpty()) {
          return "needs the related order";
        }
        return e.relatedOrder().get().equals(id) ? "the related order must be another order" : null;
      }
      case ADD_FLAG -> {
        if (e.flag().isEmpty()) {
          return "needs a flag";
        }
        return flags.contains(e.flag().get())
            ? "the order already has flag " + e.flag().get()
            : null;
      }
      case ESCALATE -> {
        if (e.dispatch().isEmpty()) {
          return "needs a dispatch";
        }
        return e.dispatch().get().tier().isAbove(dispatch.tier())
            ? null
            : "escalation must go above tier "
                + dispatch.tier()
                + " (asked: "
                + e.dispatch().get().tier()
                + ")";
      }
      case REASSIGN -> {
        if (e.dispatch().isEmpty()) {
          return "needs a dispatch";
        }
        if (e.dispatch().get().tier() != dispatch.tier()) {
          return "reassignment stays at tier "
              + dispatch.tier()
              + "; use escalate or transfer to change it";
        }
        return e.dispatch().get().assignee().equals(dispatch.assignee())
            ? "the new owner must differ from " + dispatch.assignee()
            : reasonProblem(e);
      }
      case TRANSFER -> {
        if (objection != Objection.APPROVED) {
          return "首接负责: a transfer needs an approved objection (北京市接诉即办工作条例 Art. 14)";
        }
        if (e.dispatch().isEmpty()) {
          return "needs a dispatch";
        }
        return dispatch.tier().isAbove(e.dispatch().get().tier())
            ? "a transfer never goes below tier "
                + dispatch.tier()
                + " (asked: "
                + e.dispatch().get().tier()
                + ")"
            : null;
      }
      case RAISE_OBJECTION -> {
        return objection != Objection.NONE
            ? "an objection is already " + objection.name().toLowerCase(java.util.Locale.ROOT)
            : reasonProblem(e);
      }
      case REPRIORITISE -> {
        if (e.urgency().isEmpty()) {
          return "needs the new urgency";
        }
        return e.urgency().get() == urgency
            ? "the urgency is already " + urgency
            : reasonProblem(e);
      }
      case DECIDE_OBJECTION -> {
        if (objection != Objection.PENDING) {
          return "there is no pending objection";
        }
        return need(e.approved(), "the decision");
      }
      case PARK -> {
        if (e.dueBy().isEmpty() || !e.dueBy().get().isAfter(e.at())) {
          return "needs a review date after the parking";
        }
        return reasonProblem(e);
      }
      case RESOLVE, SEND_BACK, REOPEN, SUSPEND, CANCEL, RETURN -> {
        return reasonProblem(e);
      }
      default -> {
        return null;
      }
    }
  }

  /** Who takes a grab order by {@code e}: the dispatch it names, else the accepting responder. */
  private static Optional<Assignee> claimer(OrderEvent e) {
    if (e.dispatch().isPresent()) {
      return Optional.of(e.dispatch().get().assignee());
    }
    return e.actor().kind() == Actor.Kind.RESPONDER
        ? Optional.of(Assignee.of(io.github.gridgov.core.people.ResponderId.of(e.actor().id())))
        : Optional.empty();
  }

  private static String need(Optional<?> value, String what) {
    return value.isPresent() ? null : "needs " + what;
  }

  private static String reasonProblem(OrderEvent e) {
    return e.reason().isPresent() ? null : "needs a reason";
  }

  private String actorProblem(OrderStep step, OrderEvent e) {
    Actor actor = e.actor();
    if (actor.isStaffOrSystem()) {
      return null;
    }
    switch (step) {
      case ACCEPT -> {
        if (!offered.isEmpty()) {
          Optional<Assignee> claimer = claimer(e);
          return actor.kind() == Actor.Kind.RESPONDER
                  && claimer.isPresent()
                  && claimer
                      .get()
                      .equals(Assignee.of(io.github.gridgov.core.people.ResponderId.of(actor.id())))
              ? null
              : "only one of those offered, for itself, or the platform may "
                  + step.verb()
                  + " it (was "
                  + actor
                  + ")";
        }
        return isOwner(actor)
            ? null
            : "only the owner "
                + ownerText()
                + " or the platform may "
                + step.verb()
                + " it (was "
                + actor
                + ")";
      }
      case REPORT_IN -> {
        return actor.kind() == Actor.Kind.RESPONDER
            ? null
            : "only a department's responder or the platform may "
                + step.verb()
                + " it (was "
                + actor
                + ")";
      }
      case ANSWER_SUPERVISION,
          RESOLVE,
          RETURN,
          RAISE_OBJECTION,
          SUSPEND,
          PARK,
          RESUME,
          ADD_FLAG,
          REPRIORITISE -> {
        return isOwner(actor)
            ? null
            : "only the owner "
                + ownerText()
                + " or the platform may "
                + step.verb()
                + " it (was "
                + actor
                + ")";
      }
      case RATE, CANCEL -> {
        return isRequester(actor)
            ? null
            : "only the requester or the platform may " + step.verb() + " it (was " + actor + ")";
      }
      default -> {
        return "only the platform's staff or a system may "
            + step.verb()
            + " it (was "
            + actor
            + ")";
      }
    }
  }

  /**
   * Whether {@code actor} is the responder who owns the order. A team-owned order has no
   * responder owner: the core holds no roster of a team's members, so the platform acts for the
   * team (the rule "platform only").
   */
  private boolean isOwner(Actor actor) {
    if (dispatch == null || actor.kind() != Actor.Kind.RESPONDER) {
      return false;
    }
    Optional<io.github.gridgov.core.people.ResponderId> owner = dispatch.assignee().responder();
    return owner.isPresent() && actor.id().equals(owner.get().value());
  }

  /** Whether {@code actor} is the order's requester; an order without one (a patrol finding) has none. */
  private boolean isRequester(Actor actor) {
    return actor.kind() == Actor.Kind.RESIDENT
        && requester.isPresent()
        && actor.id().equals(requester.get().value());
  }

  private String ownerText() {
    return dispatch == null ? "(none yet)" : dispatch.assignee().toString();
  }

  /** Applies an allowed event. */
  private void apply(OrderEvent e) {
    OrderStatus to = e.toStatus();
    switch (e.step()) {
      case DISPATCH, OFFER, ESCALATE, REASSIGN, TRANSFER -> {
        dispatch = e.dispatch().get();
        dispatches++;
        if (firstDispatch == null) {
          firstDispatch = dispatch;
        }
        if (e.step() == OrderStep.TRANSFER) {
          objection = Objection.NONE;
        }
        offered = e.step() == OrderStep.OFFER ? List.copyOf(e.offeredTo()) : List.of();
        if (e.step() == OrderStep.ESCALATE
            || e.step() == OrderStep.REASSIGN
            || e.step() == OrderStep.TRANSFER) {
          // the supervision was addressed to the owner it supervised: a move ends it
          supervisionDueBy = null;
        }
        if (e.step() == OrderStep.ESCALATE && !e.summonedDepartments().isEmpty()) {
          summoned = List.copyOf(e.summonedDepartments());
          reportedIn.clear();
        }
        returned = false;
      }
      case ACCEPT -> {
        if (!offered.isEmpty()) {
          dispatch = Dispatch.of(claimer(e).get(), dispatch.tier(), dispatch.deadlines());
          if (dispatches == 1) {
            firstDispatch = dispatch;
          }
          offered = List.of();
        }
      }
      case APPROVE_TRANSFER -> objection = Objection.APPROVED;
      case REPORT_IN -> reportedIn.add(e.department().get());
      case SUPERVISE -> supervisionDueBy = e.dueBy().get();
      case ANSWER_SUPERVISION -> supervisionDueBy = null;
      case EXTEND -> extended = true;
      case NOTE_CARE_NEEDS -> careNeeds.addAll(e.careNeeds());
      case RATE -> {
        ratings.add(e.rating().get());
        if (e.rating().get().satisfaction().isUnsatisfied()) {
          unsatisfied++;
        }
      }
      case SUSPEND, PARK -> {
        if (!status.isPaused()) {
          beforePause = status;
        }
        reviewAt = e.dueBy().orElse(null);
      }
      case REFER -> referral = e.referral().get();
      case MERGE -> mergedInto = e.relatedOrder().get();
      case LINK_DUPLICATE -> duplicates.add(e.relatedOrder().get());
      case RAISE_OBJECTION -> objection = Objection.PENDING;
      case DECIDE_OBJECTION -> objection = e.approved().get() ? Objection.APPROVED : Objection.NONE;
      case RETURN -> returned = true;
      case ADD_FLAG -> flags.add(e.flag().get());
      case REPRIORITISE -> urgency = e.urgency().get();
      default -> {}
    }
    if (to == OrderStatus.REWORK && status != OrderStatus.REWORK) {
      reworks++;
    }
    if (!to.isPaused()) {
      beforePause = null;
      reviewAt = null;
    }
    status = to;
    lastAt = e.at();
  }

  Optional<Tier> tier() {
    return dispatch == null ? Optional.empty() : TIERS.get(dispatch.tier().ordinal());
  }

  /** {@code Optional.of(tier)} for every tier, made once: escalation asks every open order for its tier. */
  private static final java.util.List<Optional<Tier>> TIERS =
      java.util.Arrays.stream(Tier.values()).map(Optional::of).toList();

  /** A read-only view of the care needs; never changed once the trail is folded. */
  Set<CareNeed> careNeeds() {
    return careNeedsView;
  }

  /** A read-only view of the flags; the set is never changed once the trail is folded. */
  Set<OrderFlag> flags() {
    return flagsView;
  }
}
