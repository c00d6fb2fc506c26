package io.github.gridgov.core.order;

import io.github.gridgov.core.Tier;
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
  enum Objection { NONE, PENDING, APPROVED }

  private final OrderId id;
  private final Optional<ResidentId> requester;
  OrderStatus status = OrderStatus.RECEIVED;
  OrderStatus beforePause;
  Dispatch dispatch;
  Dispatch firstDispatch;
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

  private OrderState(ServiceOrder order) {
    this.id = order.id();
    this.requester = order.requester();
    this.lastAt = order.reportedAt();
    this.urgency = order.urgency();
    this.flags = order.reportedFlags().isEmpty()
        ? EnumSet.noneOf(OrderFlag.class) : EnumSet.copyOf(order.reportedFlags());
    this.flagsView = Collections.unmodifiableSet(flags);
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
      String problem = e.sequence() != i + 1 ? "has sequence " + e.sequence() + ", expected " + (i + 1)
          : e.fromStatus() != s.status ? "starts from " + e.fromStatus() + " but the order is " + s.status
          : s.problemWith(e.step(), e);
      if (problem == null && s.targetOf(e.step(), e) != e.toStatus()) {
        problem = "leads to " + e.toStatus() + " but " + e.step() + " leads to " + s.targetOf(e.step(), e);
      }
      if (problem != null) {
        throw new io.github.gridgov.core.InvalidModelException("ServiceOrder",
            "events[" + i + "]", e.step() + "@" + e.at(), "is not a legal step for order " + order.id() + ": " + problem);
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
          ? OrderStatus.REWORK : OrderStatus.CLOSED;
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
    String actorProblem = actorProblem(step, e.actor());
    if (actorProblem != null) {
      return actorProblem;
    }
    switch (step) {
      case DISPATCH:
        return need(e.dispatch(), "a dispatch");
      case RATE:
        return need(e.rating(), "a rating");
      case REFER:
        return need(e.referral(), "a referral target");
      case MERGE:
      case LINK_DUPLICATE:
        if (e.relatedOrder().isEmpty()) {
          return "needs the related order";
        }
        return e.relatedOrder().get().equals(id) ? "the related order must be another order" : null;
      case ADD_FLAG:
        if (e.flag().isEmpty()) {
          return "needs a flag";
        }
        return flags.contains(e.flag().get()) ? "the order already has flag " + e.flag().get() : null;
      case ESCALATE:
        if (e.dispatch().isEmpty()) {
          return "needs a dispatch";
        }
        return e.dispatch().get().tier().isAbove(dispatch.tier()) ? null
            : "escalation must go above tier " + dispatch.tier() + " (asked: " + e.dispatch().get().tier() + ")";
      case REASSIGN:
        if (e.dispatch().isEmpty()) {
          return "needs a dispatch";
        }
        if (e.dispatch().get().tier() != dispatch.tier()) {
          return "reassignment stays at tier " + dispatch.tier() + "; use escalate or transfer to change it";
        }
        return e.dispatch().get().assignee().equals(dispatch.assignee())
            ? "the new owner must differ from " + dispatch.assignee() : reasonProblem(e);
      case TRANSFER:
        if (objection != Objection.APPROVED) {
          return "首接负责: a transfer needs an approved objection (北京市接诉即办工作条例 Art. 14)";
        }
        return need(e.dispatch(), "a dispatch");
      case RAISE_OBJECTION:
        return objection != Objection.NONE ? "an objection is already " + objection.name().toLowerCase(java.util.Locale.ROOT)
            : reasonProblem(e);
      case REPRIORITISE:
        if (e.urgency().isEmpty()) {
          return "needs the new urgency";
        }
        return e.urgency().get() == urgency ? "the urgency is already " + urgency : reasonProblem(e);
      case DECIDE_OBJECTION:
        if (objection != Objection.PENDING) {
          return "there is no pending objection";
        }
        return need(e.approved(), "the decision");
      case RESOLVE:
      case SEND_BACK:
      case REOPEN:
      case SUSPEND:
      case PARK:
      case CANCEL:
      case RETURN:
        return reasonProblem(e);
      default:
        return null;
    }
  }

  private static String need(Optional<?> value, String what) {
    return value.isPresent() ? null : "needs " + what;
  }

  private static String reasonProblem(OrderEvent e) {
    return e.reason().isPresent() ? null : "needs a reason";
  }

  private String actorProblem(OrderStep step, Actor actor) {
    if (actor.isStaffOrSystem()) {
      return null;
    }
    switch (step) {
      case ACCEPT:
      case RESOLVE:
      case RETURN:
      case RAISE_OBJECTION:
      case SUSPEND:
      case PARK:
      case RESUME:
      case ADD_FLAG:
      case REPRIORITISE:
        return isOwner(actor) ? null : "only the owner " + ownerText() + " or the platform may " + step.verb() + " it (was " + actor + ")";
      case RATE:
      case CANCEL:
        return isRequester(actor) ? null : "only the requester or the platform may " + step.verb() + " it (was " + actor + ")";
      default:
        return "only the platform's staff or a system may " + step.verb() + " it (was " + actor + ")";
    }
  }

  private boolean isOwner(Actor actor) {
    if (dispatch == null || actor.kind() != Actor.Kind.RESPONDER) {
      return false;
    }
    Assignee owner = dispatch.assignee();
    return owner.team().isPresent() || actor.id().equals(owner.responder().get().value());
  }

  private boolean isRequester(Actor actor) {
    return actor.kind() == Actor.Kind.RESIDENT
        && (requester.isEmpty() || actor.id().equals(requester.get().value()));
  }

  private String ownerText() {
    return dispatch == null ? "(none yet)" : dispatch.assignee().toString();
  }

  /** Applies an allowed event. */
  private void apply(OrderEvent e) {
    OrderStatus to = e.toStatus();
    switch (e.step()) {
      case DISPATCH:
      case ESCALATE:
      case REASSIGN:
      case TRANSFER:
        dispatch = e.dispatch().get();
        if (firstDispatch == null) {
          firstDispatch = dispatch;
        }
        if (e.step() == OrderStep.TRANSFER) {
          objection = Objection.NONE;
        }
        returned = false;
        break;
      case RATE:
        ratings.add(e.rating().get());
        if (e.rating().get().satisfaction().isUnsatisfied()) {
          unsatisfied++;
        }
        break;
      case SUSPEND:
      case PARK:
        if (!status.isPaused()) {
          beforePause = status;
        }
        break;
      case REFER:
        referral = e.referral().get();
        break;
      case MERGE:
        mergedInto = e.relatedOrder().get();
        break;
      case LINK_DUPLICATE:
        duplicates.add(e.relatedOrder().get());
        break;
      case RAISE_OBJECTION:
        objection = Objection.PENDING;
        break;
      case DECIDE_OBJECTION:
        objection = e.approved().get() ? Objection.APPROVED : Objection.NONE;
        break;
      case RETURN:
        returned = true;
        break;
      case ADD_FLAG:
        flags.add(e.flag().get());
        break;
      case REPRIORITISE:
        urgency = e.urgency().get();
        break;
      default:
        break;
    }
    if (to == OrderStatus.REWORK && status != OrderStatus.REWORK) {
      reworks++;
    }
    if (!to.isPaused()) {
      beforePause = null;
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

  /** A read-only view of the flags; the set is never changed once the trail is folded. */
  Set<OrderFlag> flags() {
    return flagsView;
  }
}
