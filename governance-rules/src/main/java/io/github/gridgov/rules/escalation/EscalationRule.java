package io.github.gridgov.rules.escalation;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.OrderStep;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.DispatchCatalogue;
import io.github.gridgov.rules.Reason;
import io.github.gridgov.rules.Reasons;
import io.github.gridgov.rules.assignment.AssignmentRule;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.internal.Places;
import io.github.gridgov.rules.sla.SlaClock;
import io.github.gridgov.rules.sla.SlaLevel;
import io.github.gridgov.rules.sla.SlaState;
import io.github.gridgov.rules.triage.TriageRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 升级规则 — decides whether an open, dispatched order must move now, and when to look again.
 *
 * <p>Triggers, in the order they are tried (the first that holds decides): a flag that needs a
 * higher tier; the owner returned it as beyond its ability; unsatisfied ratings at this tier
 * (two by default); not accepted in time — reassigned within the tier first, to someone not yet
 * tried there, and only then escalated; the overall deadline passed; the tier's budget passed;
 * the owner gone or off duty. An escalation goes one tier up (or straight to the tier a new flag
 * needs); at the street it is a 吹哨 naming the departments to summon; at {@code DISTRICT} it is
 * flagged for district-government coordination (an order already flagged {@link
 * OrderFlag#DISTRICT_COORDINATION} is left alone). Never past the top.
 *
 * <p>Suspended and parked orders do not move; their clocks stand still.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class EscalationRule {
  /** Reason code. */
  public static final String FLAG = "escalation.flag";
  /** Reason code. */
  public static final String RETURNED = "escalation.returned";
  /** Reason code. */
  public static final String UNSATISFIED = "escalation.unsatisfied";
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
  public static final String UP = "escalation.up";
  /** Reason code. */
  public static final String WHISTLE = "escalation.whistle";
  /** Reason code. */
  public static final String COORDINATION = "escalation.coordination";

  private final SlaClock clock;
  private final TriageRule triage;
  private final AssignmentRule assignment;
  private final DispatchCatalogue catalogue;
  private final int unsatisfiedRatings;

  /**
   * An escalation rule measuring with {@code clock}; {@code unsatisfiedRatings} unsatisfied
   * ratings at one tier move the order up.
   */
  public EscalationRule(SlaClock clock, TriageRule triage, AssignmentRule assignment,
      DispatchCatalogue catalogue, int unsatisfiedRatings) {
    this.clock = requireNonNull(clock, "clock");
    this.triage = requireNonNull(triage, "triage");
    this.assignment = requireNonNull(assignment, "assignment");
    this.catalogue = requireNonNull(catalogue, "catalogue");
    if (unsatisfiedRatings < 1) {
      throw new IllegalArgumentException("Cannot create EscalationRule: unsatisfiedRatings '"
          + unsatisfiedRatings + "' must be at least 1");
    }
    this.unsatisfiedRatings = unsatisfiedRatings;
  }

  /** Whether {@code order} is one escalation looks at: dispatched, accepted or in rework, not yet coordinated. */
  public static boolean isWatched(ServiceOrder order) {
    OrderStatus s = order.status();
    return (s == OrderStatus.DISPATCHED || s == OrderStatus.ACCEPTED || s == OrderStatus.REWORK)
        && order.tier().isPresent() && !order.flags().contains(OrderFlag.DISTRICT_COORDINATION);
  }

  /**
   * The move {@code order} must make at {@code now}, if any, with no workload known: a
   * reassignment within the tier then cannot check its candidates' capacity (every candidate counts
   * as having no open orders). Hosts that know the work in hand pass it to
   * {@link #escalation(ServiceOrder, Jurisdiction, Workload, Instant)}.
   */
  public Optional<Escalation> escalation(ServiceOrder order, Jurisdiction j, Instant now) {
    return escalation(order, j, Workload.none(), now);
  }

  /**
   * The move {@code order} must make at {@code now}, if any; a reassignment within the tier goes
   * to the best other owner by {@code workload} (its capacity and ranking), as assignment would.
   */
  public Optional<Escalation> escalation(ServiceOrder order, Jurisdiction j, Workload workload, Instant now) {
    requireNonNull(order, "order");
    requireNonNull(j, "jurisdiction");
    requireNonNull(workload, "workload");
    requireNonNull(now, "now");
    if (!isWatched(order)) {
      return Optional.empty();
    }
    Tier tier = order.tier().get();
    List<Reason> why = new ArrayList<>();
    Tier needed = neededTier(order, j, tier);
    if (needed.isAbove(tier)) {
      why.add(Reason.of(FLAG, needed));
      return Optional.of(up(order, tier, needed, EscalationTrigger.FLAG_NEEDS_HIGHER_TIER, why, now));
    }
    if (order.isReturnedByOwner()) {
      why.add(Reason.of(RETURNED, order.owner().get()));
      return Optional.of(up(order, tier, next(tier), EscalationTrigger.RETURNED_BY_OWNER, why, now));
    }
    int unsatisfied = unsatisfiedAtTier(order);
    if (unsatisfied >= unsatisfiedRatings) {
      why.add(Reason.of(UNSATISFIED, unsatisfied, tier));
      return Optional.of(up(order, tier, next(tier), EscalationTrigger.UNSATISFIED_RATINGS, why, now));
    }
    Optional<SlaState> acceptance = clock.acceptance(order, now);
    if (acceptance.isPresent() && acceptance.get().level() == SlaLevel.RED) {
      why.add(Reason.of(NOT_ACCEPTED, order.owner().get(), acceptance.get().dueAt()));
      return Optional.of(reassignOrUp(order, j, workload, tier, EscalationTrigger.NOT_ACCEPTED_IN_TIME, why, now));
    }
    SlaState resolution = clock.resolution(order, now);
    if (resolution.level() == SlaLevel.RED) {
      why.add(Reason.of(DEADLINE, resolution.dueAt()));
      return Optional.of(up(order, tier, next(tier), EscalationTrigger.DEADLINE_PASSED, why, now));
    }
    Optional<SlaState> atTier = clock.tier(order, now);
    if (atTier.isPresent() && atTier.get().level() == SlaLevel.RED && !tier.isTop()) {
      why.add(Reason.of(TIER_BUDGET, tier, atTier.get().dueAt()));
      return Optional.of(up(order, tier, next(tier), EscalationTrigger.TIER_BUDGET_PASSED, why, now));
    }
    Optional<Assignee> owner = order.owner();
    if (owner.isPresent() && owner.get().responder().isPresent()
        && !j.responder(owner.get().responder().get()).map(Responder::isOnDuty).orElse(false)) {
      why.add(Reason.of(OWNER_UNAVAILABLE, owner.get()));
      return Optional.of(reassignOrUp(order, j, workload, tier, EscalationTrigger.OWNER_UNAVAILABLE, why, now));
    }
    return Optional.empty();
  }

  /**
   * When a host holding {@code j} should look at {@code order} again: {@link #nextCheckAt(ServiceOrder)},
   * or at once ({@link ServiceOrder#lastChangedAt}) when an event trigger already holds — the order
   * sits below the tier it needs, its owner returned it, or it has too many unsatisfied ratings
   * at its tier. A change of roster (an owner going off duty) is not an order event: a host re-puts
   * the owner's orders when it happens, or the next timer finds it.
   */
  public Optional<Instant> nextCheckAt(ServiceOrder order, Jurisdiction j) {
    requireNonNull(order, "order");
    requireNonNull(j, "jurisdiction");
    Optional<Instant> timer = nextCheckAt(order);
    if (timer.isEmpty()) {
      return timer;
    }
    Tier tier = order.tier().get();
    boolean now = neededTier(order, j, tier).isAbove(tier) || order.isReturnedByOwner()
        || unsatisfiedAtTier(order) >= unsatisfiedRatings;
    return now ? Optional.of(order.lastChangedAt()) : timer;
  }

  /**
   * The tier the order's scope, category, location level and flags need; {@code current} if the
   * order lies outside {@code j}. Looks the location up only when the answer is above {@code current}.
   */
  private Tier neededTier(ServiceOrder order, Jurisdiction j, Tier current) {
    Location location = order.location();
    AreaLevel level = location.household().isPresent() ? AreaLevel.BUILDING : location.area().get().level();
    Tier needed = triage.requiredTier(order, level, catalogue.entry(order.category()));
    return needed.isAbove(current) && Places.area(order, j).isEmpty() ? current : needed;
  }

  /**
   * When a host should look at {@code order} again if nothing happens to it: the earliest of its
   * acceptance due time (while it waits to be accepted), its tier budget's due time and its
   * resolution due time. Empty when no timer is needed (not dispatched, suspended, parked,
   * resolved, closed, final, or already flagged for coordination); call {@link #escalation}
   * after every event as well, for the triggers that events cause.
   */
  public Optional<Instant> nextCheckAt(ServiceOrder order) {
    requireNonNull(order, "order");
    if (!isWatched(order)) {
      return Optional.empty();
    }
    return Optional.of(clock.earliestDueAt(order, order.lastChangedAt()));
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

  private static Tier next(Tier tier) {
    return tier.next().orElse(tier);
  }

  private Escalation up(ServiceOrder order, Tier from, Tier to, EscalationTrigger trigger,
      List<Reason> why, Instant now) {
    ImmutableEscalation.Builder e = ImmutableEscalation.builder().order(order.id()).from(from)
        .trigger(trigger).at(now);
    if (from.isTop()) {
      why.add(Reason.of(COORDINATION, from));
      return e.to(from).kind(EscalationKind.DISTRICT_COORDINATION).reasons(Reasons.of(why)).build();
    }
    if (to == Tier.STREET) {
      List<String> summoned = triage.summonedDepartments(order);
      if (summoned.isEmpty()) {
        summoned = List.of(catalogue.coordinator());
      }
      why.add(Reason.of(WHISTLE, summoned));
      e.summonedDepartments(summoned);
    } else {
      why.add(Reason.of(UP, from, to));
    }
    return e.to(to).kind(EscalationKind.ESCALATE).reasons(Reasons.of(why)).build();
  }

  /** Another owner at the tier not yet tried there, else up. */
  private Escalation reassignOrUp(ServiceOrder order, Jurisdiction j, Workload workload, Tier tier,
      EscalationTrigger trigger,
      List<Reason> why, Instant now) {
    List<Assignee> tried = ownersAtTier(order);
    Optional<Assignee> other = assignment.bestOther(order, tier, j, workload, tried);
    if (other.isPresent()) {
      why.add(Reason.of(REASSIGN, other.get(), tier));
      return ImmutableEscalation.builder().order(order.id()).from(tier).to(tier).trigger(trigger)
          .kind(EscalationKind.REASSIGN_IN_TIER).reassignTo(other.get()).at(now)
          .reasons(Reasons.of(why)).build();
    }
    return up(order, tier, next(tier), trigger, why, now);
  }

  /** Everyone who owned the order since it reached its current tier, without repeats. */
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
