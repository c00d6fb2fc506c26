package io.github.gridgov.rules.escalation;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.OrderStep;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.assignment.AssignmentDecision;
import io.github.gridgov.rules.assignment.AssignmentOutcome;
import io.github.gridgov.rules.assignment.AssignmentRule;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.catalogue.DispatchCatalogue;
import io.github.gridgov.rules.internal.Places;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import io.github.gridgov.rules.sla.SlaClock;
import io.github.gridgov.rules.sla.SlaLevel;
import io.github.gridgov.rules.sla.SlaState;
import io.github.gridgov.rules.triage.TriageRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 升级规则 — decides whether an open order must move now, how, and when to look again.
 *
 * <p>Triggers, in the order they are tried (the first that holds decides): a flag that needs a
 * higher tier; the owner returned it as beyond its ability; unsatisfied ratings at this tier
 * (two by default); a supervision (督办) not answered by its reply deadline; not accepted in time
 * — reassigned within the tier first, to someone not yet tried there, and only then escalated;
 * the overall deadline in force passed; the tier's budget passed; the owner gone or off duty — a
 * reassignment before acceptance, an approved transfer after it (首接负责, 北京市接诉即办工作条例
 * Art. 14), else up. An escalation goes one tier up (or straight to the tier a new flag needs),
 * skipping the community for a matter off its duty list (Art. 17), and on up while nobody at a
 * tier is eligible; at the street it is a 吹哨 naming the departments to summon (Art. 16); when
 * nobody at or below {@code DISTRICT} can take it, it is flagged for district-government
 * coordination (an order already flagged {@link OrderFlag#DISTRICT_COORDINATION} is left alone).
 * Never past the top.
 *
 * <p>Every proposal carries its complete dispatch — owner, tier and deadlines for the instant of
 * the decision — so that it is a legal lifecycle step and passes the dispatch checks.
 *
 * <p>An order whose location is not in the registry asked about is never moved (and needs no
 * timer there): it belongs to another registry, where triage sent it.
 *
 * <p>Beside the ladder, two timers: a parked order (挂账) is resumed at its review date, and a
 * resolved order neither rated nor verified within the profile's callback limit is closed unrated
 * (both ours, configurable through the profile). Suspended orders do not move; their clocks stand
 * still.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EscalationRule {
  /** Reason code. */
  public static final String FLAG = "escalation.flag";

  /** Reason code. */
  public static final String RETURNED = "escalation.returned";

  /** Reason code. */
  public static final String UNSATISFIED = "escalation.unsatisfied";

  /** Reason code. */
  public static final String SUPERVISION = "escalation.supervision";

  /** Reason code. */
  public static final String NOT_ACCEPTED = "escalation.not-accepted";

  /** Reason code. */
  public static final String DEADLINE = "escalation.deadline";

  /** Reason code. */
  public static final String TIER_BUDGET = "escalation.tier-budget";

  /** Reason code. */
  public static final String OWNER_UNAVAILABLE = "escalation.owner-unavailable";

  /** Reason code. */
  public static final String REASSIGN = "escalation.reassign";

  /** Reason code. */
  public static final String TRANSFER = "escalation.transfer";

  /** Reason code. */
  public static final String UP = "escalation.up";

  /** Reason code. */
  public static final String SKIPPED = "escalation.skipped";

  /** Reason code. */
  public static final String WHISTLE = "escalation.whistle";

  /** Reason code. */
  public static final String COORDINATION = "escalation.coordination";

  /** Reason code. */
  public static final String REVIEW = "escalation.review";

  /** Reason code. */
  public static final String CALLBACK = "escalation.callback";

  private final SlaClock clock;
  private final TriageRule triage;
  private final AssignmentRule assignment;
  private final DispatchCatalogue catalogue;
  private final int unsatisfiedRatings;

  /**
   * An escalation rule measuring with {@code clock}; {@code unsatisfiedRatings} unsatisfied
   * ratings at one tier move the order up.
   */
  public EscalationRule(
      SlaClock clock,
      TriageRule triage,
      AssignmentRule assignment,
      DispatchCatalogue catalogue,
      int unsatisfiedRatings) {
    this.clock = requireNonNull(clock, "clock");
    this.triage = requireNonNull(triage, "triage");
    this.assignment = requireNonNull(assignment, "assignment");
    this.catalogue = requireNonNull(catalogue, "catalogue");
    io.github.gridgov.core.internal.Checks.check(
        unsatisfiedRatings >= 1,
        "EscalationRule",
        "unsatisfiedRatings",
        unsatisfiedRatings,
        "must be at least 1");
    this.unsatisfiedRatings = unsatisfiedRatings;
  }

  /** Whether {@code order} is one the ladder looks at: dispatched, accepted or in rework, not yet coordinated. */
  public static boolean isWatched(ServiceOrder order) {
    OrderStatus s = order.status();
    return (s == OrderStatus.DISPATCHED || s == OrderStatus.ACCEPTED || s == OrderStatus.REWORK)
        && order.tier().isPresent()
        && !order.flags().contains(OrderFlag.DISTRICT_COORDINATION);
  }

  /**
   * The move {@code order} must make at {@code now}, if any, with no workload known: a
   * reassignment or escalation then cannot check its candidates' capacity (every candidate counts
   * as having no open orders). Hosts that know the work in hand pass it to
   * {@link #escalation(ServiceOrder, Jurisdiction, Workload, Instant)}.
   */
  public Optional<Escalation> escalation(ServiceOrder order, Jurisdiction j, Instant now) {
    return escalation(order, j, Workload.none(), now);
  }

  /**
   * The move {@code order} must make at {@code now}, if any; the new owner of a reassignment,
   * transfer or escalation is the one assignment picks with {@code workload} (its capacity and
   * ranking).
   */
  public Optional<Escalation> escalation(
      ServiceOrder order, Jurisdiction j, Workload workload, Instant now) {
    requireNonNull(order, "order");
    requireNonNull(j, "jurisdiction");
    requireNonNull(workload, "workload");
    requireNonNull(now, "now");
    if (order.tier().isEmpty() || Places.area(order, j).isEmpty()) {
      return Optional.empty();
    }
    if (order.status() == OrderStatus.PARKED) {
      Instant review = order.reviewAt().get();
      if (review.isAfter(now)) {
        return Optional.empty();
      }
      Tier tier = order.tier().get();
      return Optional.of(
          timer(
              order,
              tier,
              EscalationTrigger.REVIEW_DUE,
              EscalationKind.RESUME_FOR_REVIEW,
              Reason.of(EscalationRules.REVIEW, REVIEW, review),
              now));
    }
    if (order.status() == OrderStatus.RESOLVED) {
      Instant callback = clock.callbackBy(order).get();
      if (callback.isAfter(now)) {
        return Optional.empty();
      }
      return Optional.of(
          timer(
              order,
              order.tier().get(),
              EscalationTrigger.CALLBACK_LIMIT_PASSED,
              EscalationKind.CLOSE_UNRATED,
              Reason.of(EscalationRules.CALLBACK, CALLBACK, callback),
              now));
    }
    if (!isWatched(order)) {
      return Optional.empty();
    }
    Tier tier = order.tier().get();
    List<Reason> why = new ArrayList<>();
    Move move = new Move(order, j, workload, tier, now, why);
    Tier needed = neededTier(order, j, tier);
    if (needed.isAbove(tier)) {
      why.add(Reason.of(EscalationRules.FLAG, FLAG, needed));
      return Optional.of(move.up(needed, EscalationTrigger.FLAG_NEEDS_HIGHER_TIER));
    }
    if (order.isReturnedByOwner()) {
      why.add(Reason.of(EscalationRules.RETURNED, RETURNED, order.owner().get()));
      return Optional.of(move.up(next(order, tier), EscalationTrigger.RETURNED_BY_OWNER));
    }
    int unsatisfied = unsatisfiedAtTier(order);
    if (unsatisfied >= unsatisfiedRatings) {
      why.add(Reason.of(EscalationRules.UNSATISFIED, UNSATISFIED, unsatisfied, tier));
      return Optional.of(move.up(next(order, tier), EscalationTrigger.UNSATISFIED_RATINGS));
    }
    Optional<Instant> supervision = order.supervisionDueBy();
    if (supervision.isPresent() && !supervision.get().isAfter(now)) {
      why.add(Reason.of(EscalationRules.SUPERVISION, SUPERVISION, supervision.get()));
      return Optional.of(move.up(next(order, tier), EscalationTrigger.SUPERVISION_UNANSWERED));
    }
    Optional<SlaState> acceptance = clock.acceptance(order, now);
    if (acceptance.isPresent() && acceptance.get().level() == SlaLevel.RED) {
      why.add(
          Reason.of(
              EscalationRules.NOT_ACCEPTED,
              NOT_ACCEPTED,
              order.owner().get(),
              acceptance.get().dueAt()));
      return Optional.of(move.inTierOrUp(EscalationTrigger.NOT_ACCEPTED_IN_TIME));
    }
    SlaState resolution = clock.resolution(order, now);
    if (resolution.level() == SlaLevel.RED) {
      why.add(Reason.of(EscalationRules.DEADLINE, DEADLINE, resolution.dueAt()));
      return Optional.of(move.up(next(order, tier), EscalationTrigger.DEADLINE_PASSED));
    }
    Optional<SlaState> atTier = clock.tier(order, now);
    if (atTier.isPresent() && atTier.get().level() == SlaLevel.RED && !tier.isTop()) {
      why.add(Reason.of(EscalationRules.TIER_BUDGET, TIER_BUDGET, tier, atTier.get().dueAt()));
      return Optional.of(move.up(next(order, tier), EscalationTrigger.TIER_BUDGET_PASSED));
    }
    Optional<Assignee> owner = order.owner();
    if (isOwnerAway(order, j)) {
      why.add(Reason.of(EscalationRules.FIRST_OWNER, OWNER_UNAVAILABLE, owner.get()));
      return Optional.of(move.inTierOrUp(EscalationTrigger.OWNER_UNAVAILABLE));
    }
    return Optional.empty();
  }

  /**
   * When a host holding {@code j} should look at {@code order} again: {@link #nextCheckAt(ServiceOrder)},
   * or at once ({@link ServiceOrder#lastChangedAt}) when a trigger already holds — the order sits
   * below the tier it needs, its owner returned it, it has too many unsatisfied ratings at its
   * tier, or its owner is off duty (or no longer listed) in {@code j}. A change of roster is not an
   * order event: when a new registry version takes people off duty, a host puts their open orders
   * again (an {@link EscalationAgenda} built over the new version does) and carries the moves out
   * at the instant the version takes effect.
   */
  public Optional<Instant> nextCheckAt(ServiceOrder order, Jurisdiction j) {
    requireNonNull(order, "order");
    requireNonNull(j, "jurisdiction");
    Optional<Instant> next = nextCheckOfListed(order, j);
    return next.isPresent() && !isListed(order, j) ? Optional.empty() : next;
  }

  /** Whether {@code order} lies in {@code j} (its household, or its area, is listed there). */
  static boolean isListed(ServiceOrder order, Jurisdiction j) {
    return Places.area(order, j).isPresent();
  }

  /**
   * {@link #nextCheckAt(ServiceOrder, Jurisdiction)} for an order taken to lie in {@code j}: the
   * agenda asks that only when the order falls due, so that loading orders looks none of their
   * households up.
   */
  Optional<Instant> nextCheckOfListed(ServiceOrder order, Jurisdiction j) {
    Optional<Instant> timer = nextCheckAt(order);
    if (timer.isEmpty() || !isWatched(order)) {
      return timer;
    }
    Tier tier = order.tier().get();
    boolean now =
        neededTier(order, j, tier).isAbove(tier)
            || order.isReturnedByOwner()
            || unsatisfiedAtTier(order) >= unsatisfiedRatings
            || isOwnerAway(order, j);
    return now ? Optional.of(order.lastChangedAt()) : timer;
  }

  /** Whether the order's owner is a person who is off duty, or not listed, in {@code j}. */
  private static boolean isOwnerAway(ServiceOrder order, Jurisdiction j) {
    Optional<Assignee> owner = order.owner();
    return owner.isPresent()
        && owner.get().responder().isPresent()
        && !Places.isOnDuty(owner.get().responder().get(), j);
  }

  /**
   * The tier the order's scope, category, location level and flags need; {@code current} if the
   * order lies outside {@code j}. Looks the location up only when the answer is above {@code current}.
   */
  private Tier neededTier(ServiceOrder order, Jurisdiction j, Tier current) {
    Location location = order.location();
    AreaLevel level =
        location.household().isPresent() ? AreaLevel.BUILDING : location.area().get().level();
    Tier needed = triage.requiredTier(order, level, catalogue.entry(order.category()));
    return needed.isAbove(current) && Places.area(order, j).isEmpty() ? current : needed;
  }

  /**
   * When a host should look at {@code order} again if nothing happens to it: for an order on the
   * ladder, the earliest of its acceptance due time (while it waits to be accepted), its tier
   * budget's due time, its resolution due time and its supervision's reply deadline; for a parked
   * order its review date; for a resolved order its callback limit — never before the order's last
   * change (a limit already passed then is due at once), so that a decision taken at the timer is
   * a step the order can still take. Empty when no timer is needed
   * (not dispatched, suspended, closed, final, or already flagged for coordination); call
   * {@link #escalation} after every event as well, for the triggers that events cause.
   */
  public Optional<Instant> nextCheckAt(ServiceOrder order) {
    requireNonNull(order, "order");
    if (order.tier().isPresent()) {
      if (order.status() == OrderStatus.PARKED) {
        return order.reviewAt();
      }
      if (order.status() == OrderStatus.RESOLVED) {
        return clock.callbackBy(order);
      }
    }
    if (!isWatched(order)) {
      return Optional.empty();
    }
    Instant next = clock.earliestDueAt(order, order.lastChangedAt());
    Optional<Instant> supervision = order.supervisionDueBy();
    if (supervision.isPresent() && supervision.get().isBefore(next)) {
      next = supervision.get();
    }
    return Optional.of(next.isBefore(order.lastChangedAt()) ? order.lastChangedAt() : next);
  }

  /** The escalations due at {@code now} among {@code orders}, in the orders' order. */
  public List<Escalation> due(Iterable<ServiceOrder> orders, Jurisdiction j, Instant now) {
    requireNonNull(orders, "orders");
    requireNonNull(j, "jurisdiction");
    requireNonNull(now, "now");
    List<Escalation> out = new ArrayList<>();
    for (ServiceOrder o : orders) {
      escalation(o, j, now).ifPresent(out::add);
    }
    return out;
  }

  /** The tier above {@code tier}, skipping the community for a matter off its duty list (Art. 17). */
  private Tier next(ServiceOrder order, Tier tier) {
    Tier up = tier.next().orElse(tier);
    return up == Tier.COMMUNITY && !catalogue.entry(order.category()).isCommunityDuty()
        ? Tier.STREET
        : up;
  }

  private static Escalation timer(
      ServiceOrder order,
      Tier tier,
      EscalationTrigger trigger,
      EscalationKind kind,
      Reason reason,
      Instant now) {
    return ImmutableEscalation.builder()
        .order(order.id())
        .from(tier)
        .to(tier)
        .trigger(trigger)
        .kind(kind)
        .at(now)
        .reasons(Reasons.of(reason))
        .build();
  }

  /** One decision in the making: the order, where it is, and the reasons so far. */
  private final class Move {
    final ServiceOrder order;
    final Jurisdiction j;
    final Workload workload;
    final Tier from;
    final Instant now;
    final List<Reason> why;

    Move(
        ServiceOrder order,
        Jurisdiction j,
        Workload workload,
        Tier from,
        Instant now,
        List<Reason> why) {
      this.order = order;
      this.j = j;
      this.workload = workload;
      this.from = from;
      this.now = now;
      this.why = why;
    }

    /** The deadlines a new dispatch gets now, counting the registry's care needs for the household. */
    Deadlines deadlines() {
      return clock.deadlines(order, now, Places.hasCareNeeds(order, j));
    }

    ImmutableEscalation.Builder start(EscalationTrigger trigger) {
      return ImmutableEscalation.builder().order(order.id()).from(from).trigger(trigger).at(now);
    }

    /** Up to {@code to}, or higher while nobody there is eligible; coordination when nobody is. */
    Escalation up(Tier to, EscalationTrigger trigger) {
      ImmutableEscalation.Builder e = start(trigger);
      if (from.isTop()) {
        return coordination(e);
      }
      Deadlines deadlines = deadlines();
      Tier t =
          to == Tier.COMMUNITY && !catalogue.entry(order.category()).isCommunityDuty()
              ? Tier.STREET
              : to;
      while (true) {
        AssignmentDecision d = assignment.assign(order, t, j, workload, deadlines);
        Optional<Assignee> owner =
            d.outcome() == AssignmentOutcome.OFFERED
                ? Optional.of(d.offeredTo().get(0))
                : d.assignee();
        if (owner.isPresent()) {
          if (t == Tier.STREET) {
            List<Department> summoned = triage.summonedDepartments(order);
            if (summoned.isEmpty()) {
              summoned = List.of(catalogue.coordinator());
            }
            why.add(Reason.of(EscalationRules.WHISTLE, WHISTLE, summoned));
            e.summonedDepartments(summoned);
          } else {
            why.add(Reason.of(EscalationRules.LADDER, UP, from, t));
          }
          return e.to(t)
              .kind(EscalationKind.ESCALATE)
              .dispatch(Dispatch.of(owner.get(), t, deadlines))
              .reasons(Reasons.of(why))
              .build();
        }
        if (t.isTop()) {
          return coordination(e);
        }
        Tier above = next(order, t);
        why.add(Reason.of(EscalationRules.LADDER, SKIPPED, t, above));
        t = above;
      }
    }

    Escalation coordination(ImmutableEscalation.Builder e) {
      why.add(Reason.of(EscalationRules.COORDINATION, COORDINATION, from));
      return e.to(from).kind(EscalationKind.DISTRICT_COORDINATION).reasons(Reasons.of(why)).build();
    }

    /**
     * Another owner at the tier not yet tried there — a reassignment before acceptance, an
     * approved transfer after it — else up.
     */
    Escalation inTierOrUp(EscalationTrigger trigger) {
      List<Assignee> tried = ownersAtTier(order);
      Optional<Assignee> other = assignment.bestOther(order, from, j, workload, tried);
      if (other.isPresent()) {
        boolean accepted = order.status() != OrderStatus.DISPATCHED;
        why.add(
            Reason.of(
                EscalationRules.of(trigger), accepted ? TRANSFER : REASSIGN, other.get(), from));
        return start(trigger)
            .to(from)
            .kind(accepted ? EscalationKind.TRANSFER_IN_TIER : EscalationKind.REASSIGN_IN_TIER)
            .dispatch(Dispatch.of(other.get(), from, deadlines()))
            .reasons(Reasons.of(why))
            .build();
      }
      return up(next(order, from), trigger);
    }
  }

  /** Everyone who owned the order, or was offered it, since it reached its current tier, without repeats. */
  private static List<Assignee> ownersAtTier(ServiceOrder order) {
    List<Assignee> owners = new ArrayList<>(4);
    Tier last = null;
    for (OrderEvent e : order.events()) {
      if (e.dispatch().isPresent()) {
        Dispatch d = e.dispatch().get();
        if (d.tier() != last) {
          owners.clear();
          last = d.tier();
        }
        if (!owners.contains(d.assignee())) {
          owners.add(d.assignee());
        }
        for (Assignee a : e.offeredTo()) {
          if (!owners.contains(a)) {
            owners.add(a);
          }
        }
      }
    }
    return owners;
  }

  /** Unsatisfied ratings since the order reached its current tier. */
  private static int unsatisfiedAtTier(ServiceOrder order) {
    int n = 0;
    Tier last = null;
    for (OrderEvent e : order.events()) {
      if (e.dispatch().isPresent() && e.dispatch().get().tier() != last) {
        n = 0;
        last = e.dispatch().get().tier();
      } else if (e.step() == OrderStep.RATE && e.rating().get().satisfaction().isUnsatisfied()) {
        n++;
      }
    }
    return n;
  }
}
