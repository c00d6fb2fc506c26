package io.github.gridgov.rules;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.ReferralTarget;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.assignment.AssignmentDecision;
import io.github.gridgov.rules.assignment.AssignmentOutcome;
import io.github.gridgov.rules.assignment.AssignmentRule;
import io.github.gridgov.rules.assignment.AssignmentWeights;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.catalogue.DispatchCatalogue;
import io.github.gridgov.rules.catalogue.DispatchMode;
import io.github.gridgov.rules.check.DispatchChecks;
import io.github.gridgov.rules.check.RuleCheck;
import io.github.gridgov.rules.escalation.Escalation;
import io.github.gridgov.rules.escalation.EscalationRule;
import io.github.gridgov.rules.intake.Intake;
import io.github.gridgov.rules.intake.IntakeOutcome;
import io.github.gridgov.rules.internal.Places;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import io.github.gridgov.rules.sla.DeadlinesInForce;
import io.github.gridgov.rules.sla.SlaClock;
import io.github.gridgov.rules.sla.SlaProfile;
import io.github.gridgov.rules.sla.SlaState;
import io.github.gridgov.rules.sla.TierBudgets;
import io.github.gridgov.rules.sla.WorkCalendar;
import io.github.gridgov.rules.triage.TriageDecision;
import io.github.gridgov.rules.triage.TriageRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * 治理规则 — the rules a host platform calls: triage, assignment, deadlines and SLA state,
 * escalation and the checks of a hand-made dispatch.
 *
 * <p>Build once with {@link #standard()} or {@link #builder()} and share freely: an instance is
 * immutable, holds no state between calls and reads no clock — the same inputs always give the
 * same decision, time comes in as an argument, and ties break by id.
 *
 * <p>The host loop is two calls: {@link #intake} takes a new order in (triage, then assignment,
 * then the step that follows — dispatched, offered, referred with its target, merged into its
 * duplicate), and {@link #apply} carries out whatever escalation proposes. Every proposal is a
 * legal lifecycle step and passes {@link #check}; a host never maps a decision onto a step itself.
 *
 * <pre>{@code
 * GovernanceRules rules = GovernanceRules.standard();
 * Workload workload = Workload.from(openOrders);             // ratings and load from the orders
 * Intake in = rules.intake(order, district, openOrders, workload, now);
 * order = in.order();                                         // dispatched, offered, referred, merged
 * order = order.accept(Actor.responder(owner), t1);          // steps as they come
 * Optional<Escalation> e = rules.escalation(order, district, workload, later);
 * if (e.isPresent()) {
 *   order = rules.apply(order, e.get());                      // reassign, transfer, escalate, 吹哨 …
 * }
 * rules.deadlinesInForce(order, later);                       // the one deadline model
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GovernanceRules {
  /** The party the rules act as in {@link #intake} and {@link #apply} unless the host names another: {@code system:gridgov-rules}. */
  public static final Actor ACTOR = Places.RULES;

  /** Our default duplicate window: open orders reported up to 7 days earlier. */
  public static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofDays(7);

  private static final GovernanceRules STANDARD = builder().build();

  private final DispatchCatalogue catalogue;
  private final SlaClock clock;
  private final AssignmentWeights weights;
  private final Duration duplicateWindow;
  private final int unsatisfiedRatings;
  private final TriageRule triage;
  private final AssignmentRule assignment;
  private final EscalationRule escalation;
  private final DispatchChecks checks;

  private GovernanceRules(Builder b) {
    this.catalogue = b.catalogue;
    this.clock = SlaClock.of(b.profile);
    this.weights = b.weights;
    this.duplicateWindow = b.duplicateWindow;
    this.unsatisfiedRatings = b.unsatisfiedRatings;
    this.triage = new TriageRule(catalogue, duplicateWindow);
    this.assignment = new AssignmentRule(catalogue, weights);
    this.escalation = new EscalationRule(clock, triage, assignment, catalogue, unsatisfiedRatings);
    this.checks = new DispatchChecks(clock, triage, assignment, catalogue);
  }

  /**
   * The documented defaults: {@link DispatchCatalogue#standard()}, {@link
   * SlaProfile#BJ_12345_DRAFT} with {@link TierBudgets#standard()}, {@link
   * AssignmentWeights#standard()}, a 7-day duplicate window and escalation after two unsatisfied
   * ratings at a tier (all ours and configurable, except where their Javadoc cites a source).
   */
  public static GovernanceRules standard() {
    return STANDARD;
  }

  /** A builder starting from the defaults of {@link #standard()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The dispatch catalogue. */
  public DispatchCatalogue catalogue() {
    return catalogue;
  }

  /** The SLA profile. */
  public SlaProfile slaProfile() {
    return clock.profile();
  }

  /** The SLA clock, for finer questions than this facade asks. */
  public SlaClock clock() {
    return clock;
  }

  // ---- triage ---------------------------------------------------------------------------

  /** Triage of {@code order} without a duplicate check. */
  public TriageDecision triage(ServiceOrder order, Jurisdiction jurisdiction) {
    return triage.triage(order, jurisdiction, List.of());
  }

  /** Triage of {@code order}, linking it to a duplicate among {@code openOrders}. */
  public TriageDecision triage(
      ServiceOrder order, Jurisdiction jurisdiction, Collection<ServiceOrder> openOrders) {
    return triage.triage(order, jurisdiction, openOrders);
  }

  // ---- the host loop --------------------------------------------------------------------

  /**
   * 受理 — takes a new (received) order in, as {@link #ACTOR}: notes the care needs the registry
   * holds for its household, triages it against {@code openOrders} (北京市接诉即办工作条例 Art. 11
   * filters, then 小事不出楼栋), and carries out the result — an emergency referred to its line, a
   * legal-channel matter to its channel, a location outside {@code jurisdiction} to the platform
   * where it lies, a duplicate merged into the open order and linked both ways, any other order
   * dispatched (or, in {@code GRAB} mode, offered) to the owner assignment picks at the starting
   * tier, moving up while nobody at a tier is eligible (skipping the community for a matter off
   * its duty list, Art. 17). When nobody at any tier can take it the order stays received.
   *
   * @throws IllegalArgumentException if the order is not {@code RECEIVED}
   */
  public Intake intake(
      ServiceOrder order,
      Jurisdiction jurisdiction,
      Collection<ServiceOrder> openOrders,
      Workload workload,
      Instant now) {
    return intake(order, jurisdiction, openOrders, workload, ACTOR, now);
  }

  /** {@link #intake(ServiceOrder, Jurisdiction, Collection, Workload, Instant)}, acting as {@code by}. */
  public Intake intake(
      ServiceOrder order,
      Jurisdiction jurisdiction,
      Collection<ServiceOrder> openOrders,
      Workload workload,
      Actor by,
      Instant now) {
    requireNonNull(order, "order");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(openOrders, "openOrders");
    requireNonNull(workload, "workload");
    requireNonNull(by, "by");
    requireNonNull(now, "now");
    if (order.status() != OrderStatus.RECEIVED) {
      throw new IllegalArgumentException(
          "Cannot take in order "
              + order.id()
              + ": it is "
              + order.status()
              + ", intake takes received orders only");
    }
    ServiceOrder o = Places.withRegistryCareNeeds(order, jurisdiction, by, now);
    TriageDecision t = triage.triage(o, jurisdiction, openOrders);
    Intake.Builder in = Intake.builder();
    in.triage(t);
    List<Reason> reasons = new ArrayList<>(t.reasons().asList());
    switch (t.outcome()) {
      case REFER_EMERGENCY -> {
        return in.order(o.refer(by, t.referral().get(), text(t.reasons()), now))
            .outcome(IntakeOutcome.REFERRED_EMERGENCY)
            .reasons(Reasons.of(reasons))
            .build();
      }
      case REFER_LEGAL_CHANNEL -> {
        return in.order(o.refer(by, t.referral().get(), text(t.reasons()), now))
            .outcome(IntakeOutcome.REFERRED_LEGAL_CHANNEL)
            .reasons(Reasons.of(reasons))
            .build();
      }
      case OUT_OF_JURISDICTION -> {
        return in.order(o.refer(by, ReferralTarget.OTHER_JURISDICTION, text(t.reasons()), now))
            .outcome(IntakeOutcome.REFERRED_ELSEWHERE)
            .reasons(Reasons.of(reasons))
            .build();
      }
      case DUPLICATE -> {
        ServiceOrder merged = o.mergeInto(by, t.duplicateOf().get(), now);
        for (ServiceOrder p : openOrders) {
          if (p.id().equals(t.duplicateOf().get())) {
            Instant at = now.isBefore(p.lastChangedAt()) ? p.lastChangedAt() : now;
            in.primary(p.linkDuplicate(by, merged.id(), at));
            break;
          }
        }
        return in.order(merged).outcome(IntakeOutcome.MERGED).reasons(Reasons.of(reasons)).build();
      }
      default -> {}
    }
    Deadlines deadlines = clock.deadlines(o, now);
    Tier tier = t.startTier().get();
    while (true) {
      AssignmentDecision a = assignment.assign(o, tier, jurisdiction, workload, deadlines);
      in.assignment(a);
      if (a.outcome() == AssignmentOutcome.ASSIGNED) {
        reasons.addAll(a.reasons().asList());
        return in.order(o.dispatch(by, a.dispatch().get(), now))
            .outcome(IntakeOutcome.DISPATCHED)
            .reasons(Reasons.of(reasons))
            .build();
      }
      if (a.outcome() == AssignmentOutcome.OFFERED) {
        reasons.addAll(a.reasons().asList());
        Dispatch offer = Dispatch.of(a.offeredTo().get(0), tier, deadlines);
        return in.order(o.offer(by, offer, a.offeredTo(), now))
            .outcome(IntakeOutcome.OFFERED)
            .reasons(Reasons.of(reasons))
            .build();
      }
      if (a.proposedTier().isEmpty()) {
        reasons.addAll(a.reasons().asList());
        return in.order(o).outcome(IntakeOutcome.UNASSIGNED).reasons(Reasons.of(reasons)).build();
      }
      Tier next = a.proposedTier().get();
      tier =
          next == Tier.COMMUNITY && !catalogue.entry(o.category()).isCommunityDuty()
              ? Tier.STREET
              : next;
    }
  }

  /**
   * Carries out {@code escalation} on {@code order} as {@link #ACTOR}, at the instant it was
   * decided: a reassignment ({@code REASSIGN}), an approved transfer of an accepted order whose
   * owner cannot go on ({@code APPROVE_TRANSFER} then {@code TRANSFER}: 首接负责, 北京市接诉即办工作条例
   * Art. 14), an escalation with its trigger and, at the street, the summoned departments
   * ({@code ESCALATE}, 吹哨, Art. 16), district-government coordination (the
   * {@link OrderFlag#DISTRICT_COORDINATION} flag), a parked order's review ({@code RESUME}) or
   * the close of a resolved order whose callback limit passed ({@code CLOSE}).
   *
   * @throws IllegalArgumentException if the escalation is for another order
   * @throws io.github.gridgov.core.order.IllegalTransitionException if the order changed since
   *     the escalation was decided so that the step no longer fits
   */
  public ServiceOrder apply(ServiceOrder order, Escalation escalation) {
    return apply(order, escalation, ACTOR);
  }

  /** {@link #apply(ServiceOrder, Escalation)}, acting as {@code by}. */
  public ServiceOrder apply(ServiceOrder order, Escalation escalation, Actor by) {
    requireNonNull(order, "order");
    requireNonNull(escalation, "escalation");
    requireNonNull(by, "by");
    if (!escalation.order().equals(order.id())) {
      throw new IllegalArgumentException(
          "Cannot apply the escalation of order " + escalation.order() + " to order " + order.id());
    }
    Instant at = escalation.at();
    return switch (escalation.kind()) {
      case REASSIGN_IN_TIER ->
          order.reassign(by, escalation.dispatch().get(), escalation.trigger(), at);
      case TRANSFER_IN_TIER ->
          order
              .approveTransfer(by, escalation.trigger(), text(escalation.reasons()), at)
              .transfer(by, escalation.dispatch().get(), at);
      case ESCALATE ->
          order.escalate(
              by,
              escalation.dispatch().get(),
              escalation.trigger(),
              escalation.summonedDepartments(),
              at);
      case DISTRICT_COORDINATION -> order.addFlag(by, OrderFlag.DISTRICT_COORDINATION, at);
      case RESUME_FOR_REVIEW -> order.resume(by, at);
      default -> order.close(by, at);
    };
  }

  /** The reasons as one Chinese sentence for a step's reason field, at most 500 characters. */
  private static String text(Reasons reasons) {
    String s = String.join("", reasons.render(io.github.gridgov.core.Texts.chinese()));
    return s.length() <= 500 ? s : s.substring(0, 499) + "…";
  }

  // ---- assignment -----------------------------------------------------------------------

  /**
   * Picks the owner of {@code order}: at its current tier if it has one, else at the tier triage
   * starts it at. An order that triage does not let proceed gets nobody, with triage's reasons.
   * The proposed dispatch carries {@link #deadlines} for {@code now}.
   */
  public AssignmentDecision assign(
      ServiceOrder order, Jurisdiction jurisdiction, Workload workload, Instant now) {
    requireNonNull(order, "order");
    Optional<Tier> tier = order.tier();
    if (tier.isEmpty()) {
      TriageDecision t = triage(order, jurisdiction);
      if (!t.proceeds()) {
        return assignment.notRoutable(order, t);
      }
      tier = t.startTier();
    }
    return assign(order, tier.get(), jurisdiction, workload, now);
  }

  /**
   * Picks the owner of {@code order} at {@code tier}; the proposed dispatch's deadlines count the
   * care needs the registry holds for the order's household.
   */
  public AssignmentDecision assign(
      ServiceOrder order, Tier tier, Jurisdiction jurisdiction, Workload workload, Instant now) {
    requireNonNull(order, "order");
    requireNonNull(now, "now");
    return assignment.assign(
        order, tier, jurisdiction, workload, deadlines(order, jurisdiction, now));
  }

  // ---- SLA ------------------------------------------------------------------------------

  /**
   * The deadlines for dispatching {@code order} at {@code now} by its own facts; see {@link
   * SlaClock#deadlines}. A host dispatching by hand uses {@link #deadlines(ServiceOrder,
   * Jurisdiction, Instant)}, which also counts the care needs the registry holds.
   */
  public Deadlines deadlines(ServiceOrder order, Instant now) {
    return clock.deadlines(order, now);
  }

  /**
   * The deadlines for dispatching {@code order} at {@code now}, counting the care needs the
   * registry holds for its household (so a registered 独居 household's order gets the shorter
   * limit with nothing copied): what {@link #assign} stamps and {@link #check} accepts.
   */
  public Deadlines deadlines(ServiceOrder order, Jurisdiction jurisdiction, Instant now) {
    requireNonNull(order, "order");
    requireNonNull(now, "now");
    return clock.deadlines(
        order, now, Places.hasCareNeeds(order, requireNonNull(jurisdiction, "jurisdiction")));
  }

  /**
   * 现行时限 — the deadlines in force for {@code order} at {@code now}: the SLA clock's, which
   * escalation, the agenda's timers and {@link io.github.gridgov.rules.metrics.Metrics} ask as
   * well; see {@link SlaClock#inForce}. How pauses, reprioritisation and a tighter hand-made
   * deadline move them is our rule ({@link io.github.gridgov.rules.sla.SlaRules#PAUSE}); the limits
   * come from the profile's sources.
   */
  public DeadlinesInForce deadlinesInForce(ServiceOrder order, Instant now) {
    return clock.inForce(order, now);
  }

  /**
   * 延期 — takes the one extension the SLA profile allows (信访: 30 days, 信访工作条例 Art. 34).
   *
   * @throws IllegalArgumentException if the profile allows no extension
   * @throws io.github.gridgov.core.order.IllegalTransitionException if the order was already
   *     extended or may not be extended in its status
   */
  public ServiceOrder extend(ServiceOrder order, Actor by, String reason, Instant now) {
    requireNonNull(order, "order");
    requireNonNull(by, "by");
    requireNonNull(reason, "reason");
    requireNonNull(now, "now");
    if (clock.profile().extension().isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot extend order "
              + order.id()
              + ": SLA profile "
              + clock.profile().name()
              + " allows no extension");
    }
    return order.extend(by, reason, now);
  }

  /** The order against its resolution limit at {@code now}: level, elapsed, remaining, paused. */
  public SlaState sla(ServiceOrder order, Instant now) {
    return clock.resolution(order, now);
  }

  /** The order against its acceptance limit at {@code now}, while it waits to be accepted. */
  public Optional<SlaState> acceptanceSla(ServiceOrder order, Instant now) {
    return clock.acceptance(order, now);
  }

  // ---- escalation -----------------------------------------------------------------------

  /**
   * The move {@code order} must make at {@code now}, if any, with no workload known; see
   * {@link EscalationRule#escalation(ServiceOrder, Jurisdiction, Instant)}.
   */
  public Optional<Escalation> escalation(
      ServiceOrder order, Jurisdiction jurisdiction, Instant now) {
    return escalation.escalation(order, jurisdiction, now);
  }

  /** The move {@code order} must make at {@code now}, if any; reassignments respect {@code workload}. */
  public Optional<Escalation> escalation(
      ServiceOrder order, Jurisdiction jurisdiction, Workload workload, Instant now) {
    return escalation.escalation(order, jurisdiction, workload, now);
  }

  /** When to look at {@code order} again if nothing happens to it; see {@link EscalationRule#nextCheckAt(ServiceOrder)}. */
  public Optional<Instant> nextCheckAt(ServiceOrder order) {
    return escalation.nextCheckAt(order);
  }

  /**
   * When to look at {@code order} again, at once if an event has already made it due; see
   * {@link EscalationRule#nextCheckAt(ServiceOrder, Jurisdiction)}.
   */
  public Optional<Instant> nextCheckAt(ServiceOrder order, Jurisdiction jurisdiction) {
    return escalation.nextCheckAt(order, jurisdiction);
  }

  /** The escalations due at {@code now} among {@code orders}: only the orders that need action. */
  public List<Escalation> due(
      Iterable<ServiceOrder> orders, Jurisdiction jurisdiction, Instant now) {
    return escalation.due(orders, jurisdiction, now);
  }

  /**
   * 报到 — department {@code responder} (a district department or street office of the registry
   * whose department the last 吹哨 summoned) reports in on {@code order} (北京市接诉即办工作条例
   * Art. 16, 33).
   *
   * @throws IllegalArgumentException if the responder is not in the registry or has no department
   */
  public ServiceOrder reportIn(
      ServiceOrder order,
      io.github.gridgov.core.people.ResponderId responder,
      Jurisdiction jurisdiction,
      Instant now) {
    requireNonNull(order, "order");
    requireNonNull(now, "now");
    io.github.gridgov.core.people.Responder r =
        requireNonNull(jurisdiction, "jurisdiction")
            .responder(requireNonNull(responder, "responder"))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Cannot report in on order "
                            + order.id()
                            + ": responder "
                            + responder
                            + " is not in the registry"));
    Department department =
        r.department()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Cannot report in on order "
                            + order.id()
                            + ": responder "
                            + responder
                            + " has no department"));
    return order.reportIn(Actor.responder(responder), department, now);
  }

  /** A new, empty agenda of open orders by their next check, deciding with these rules. */
  public io.github.gridgov.rules.escalation.EscalationAgenda agenda(Jurisdiction jurisdiction) {
    return new io.github.gridgov.rules.escalation.EscalationAgenda(escalation, jurisdiction);
  }

  /**
   * A new, empty agenda deciding with these rules; each poll asks {@code workload} for the work in
   * hand, so that reassignments respect capacity.
   */
  public io.github.gridgov.rules.escalation.EscalationAgenda agenda(
      Jurisdiction jurisdiction, java.util.function.Supplier<Workload> workload) {
    return new io.github.gridgov.rules.escalation.EscalationAgenda(
        escalation, jurisdiction, workload);
  }

  // ---- commands -------------------------------------------------------------------------

  /**
   * Carries out {@code command} on {@code current}, the order as the platform holds it (empty for
   * a report): a report through {@link #intake(ServiceOrder, Jurisdiction, Collection, Workload,
   * Actor, Instant) intake} (with {@code openOrders} for duplicates and {@code workload} for
   * assignment), a hand dispatch after {@link #check} (refused on any breach), 报到 through {@link
   * #reportIn}, 延期 through {@link #extend}, every other step through the lifecycle method of the
   * same name, as {@code command.actor()} at {@code command.at()}.
   *
   * @throws io.github.gridgov.rules.command.CommandRefusedException for a report of an order already
   *     held, a step for an order not held, or a hand dispatch that breaks a rule
   * @throws io.github.gridgov.core.order.IllegalTransitionException if the lifecycle refuses the step
   */
  public io.github.gridgov.rules.command.CommandResult handle(
      io.github.gridgov.rules.command.OrderCommand command,
      java.util.Optional<ServiceOrder> current,
      Jurisdiction jurisdiction,
      Collection<ServiceOrder> openOrders,
      Workload workload) {
    requireNonNull(command, "command");
    requireNonNull(current, "current");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(openOrders, "openOrders");
    requireNonNull(workload, "workload");
    io.github.gridgov.rules.command.OrderCommand c = command;
    Actor by = c.actor();
    Instant at = c.at();
    if (c.kind() == io.github.gridgov.rules.command.OrderCommand.Kind.REPORT) {
      if (current.isPresent()) {
        throw new io.github.gridgov.rules.command.CommandRefusedException(
            "Cannot report order "
                + c.order()
                + ": it is already held ("
                + current.get().status()
                + ")");
      }
      Intake in = intake(c.report().get(), jurisdiction, openOrders, workload, by, at);
      return io.github.gridgov.rules.command.CommandResult.of(
          c, in.order(), java.util.Optional.of(in));
    }
    ServiceOrder o =
        current.orElseThrow(
            () ->
                new io.github.gridgov.rules.command.CommandRefusedException(
                    "Cannot " + c.kind().en() + " order " + c.order() + ": no such order is held"));
    if (!o.id().equals(c.order())) {
      throw new IllegalArgumentException(
          "Cannot apply the command for order " + c.order() + " to order " + o.id());
    }
    String text = c.text().orElse(null);
    ServiceOrder after;
    switch (c.kind()) {
      case DISPATCH -> {
        io.github.gridgov.rules.check.RuleCheck rc =
            check(o, c.dispatch().get(), jurisdiction, workload, at);
        List<String> breaches = new ArrayList<>();
        for (io.github.gridgov.rules.check.Violation v : rc.violations()) {
          if (v.severity() == io.github.gridgov.rules.check.Severity.ERROR) {
            breaches.addAll(v.reasons().render(io.github.gridgov.core.Texts.english()));
          }
        }
        if (!breaches.isEmpty()) {
          throw new io.github.gridgov.rules.command.CommandRefusedException(
              "Cannot dispatch order " + o.id() + " by hand: " + String.join(" ", breaches));
        }
        after = o.dispatch(by, c.dispatch().get(), at);
      }
      case ACCEPT -> after = o.accept(by, at);
      case CLAIM -> after = o.claim(by, c.claimer().get(), at);
      case RESOLVE -> after = o.resolve(by, text, at);
      case RATE -> after = o.rate(by, c.rating().get(), at);
      case CLOSE -> after = o.close(by, at);
      case SEND_BACK -> after = o.sendBack(by, text, at);
      case REOPEN -> after = o.reopen(by, text, at);
      case SUSPEND -> after = o.suspend(by, text, at);
      case PARK -> after = o.park(by, text, c.until().get(), at);
      case RESUME -> after = o.resume(by, at);
      case CANCEL -> after = o.cancel(by, text, at);
      case REPORT_IN -> after = reportIn(o, c.responder().get(), jurisdiction, at);
      case SUPERVISE -> after = o.supervise(by, c.tier().get(), text, c.until().get(), at);
      case ANSWER_SUPERVISION -> after = o.answerSupervision(by, text, at);
      case EXTEND -> after = extend(o, by, text, at);
      case RETURN -> after = o.returnAsBeyondAbility(by, text, at);
      case RAISE_OBJECTION -> after = o.raiseObjection(by, text, at);
      case DECIDE_OBJECTION -> after = o.decideObjection(by, c.approved().get(), text, at);
      case ADD_FLAG -> after = o.addFlag(by, c.flag().get(), at);
      default -> after = o.reprioritise(by, c.urgency().get(), text, at);
    }
    return io.github.gridgov.rules.command.CommandResult.of(c, after, java.util.Optional.empty());
  }

  // ---- checks ---------------------------------------------------------------------------

  /** Every rule that a hand-made dispatch of {@code order} breaks; empty when it is valid. */
  public RuleCheck check(
      ServiceOrder order,
      Dispatch proposed,
      Jurisdiction jurisdiction,
      Workload workload,
      Instant now) {
    return checks.check(order, proposed, jurisdiction, workload, now);
  }

  @Override
  public String toString() {
    return "GovernanceRules[" + clock.profile().name() + ", " + catalogue + ", " + weights + "]";
  }

  /**
   * Builds {@link GovernanceRules}, starting from the defaults of {@link #standard()}. Not
   * thread-safe.
   */
  public static final class Builder {
    private DispatchCatalogue catalogue = DispatchCatalogue.standard();
    private SlaProfile profile = SlaProfile.BJ_12345_DRAFT;
    private AssignmentWeights weights = AssignmentWeights.standard();
    private Duration duplicateWindow = DEFAULT_DUPLICATE_WINDOW;
    private int unsatisfiedRatings = 2;

    private Builder() {}

    /** Replaces the dispatch catalogue. */
    public Builder catalogue(DispatchCatalogue catalogue) {
      this.catalogue = requireNonNull(catalogue, "catalogue");
      return this;
    }

    /** Sets one category's target tier in the catalogue. */
    public Builder targetTier(Category category, Tier tier) {
      catalogue = catalogue.toBuilder().put(catalogue.entry(category).withTargetTier(tier)).build();
      return this;
    }

    /** Sets one category's dispatch mode in the catalogue. */
    public Builder dispatchMode(Category category, DispatchMode mode) {
      catalogue = catalogue.toBuilder().put(catalogue.entry(category).withMode(mode)).build();
      return this;
    }

    /** Replaces the SLA profile (its calendar and tier budgets come with it). */
    public Builder slaProfile(SlaProfile profile) {
      this.profile = requireNonNull(profile, "profile");
      return this;
    }

    /** Replaces the calendar of the SLA profile. */
    public Builder calendar(WorkCalendar calendar) {
      this.profile = profile.withCalendar(calendar);
      return this;
    }

    /** Replaces the tier budgets of the SLA profile. */
    public Builder tierBudgets(TierBudgets budgets) {
      this.profile = profile.withTierBudgets(budgets);
      return this;
    }

    /** Replaces the assignment weights. */
    public Builder weights(AssignmentWeights weights) {
      this.weights = requireNonNull(weights, "weights");
      return this;
    }

    /**
     * How far back an open order with the same location and category counts as a duplicate.
     *
     * @throws io.github.gridgov.core.InvalidModelException if negative
     */
    public Builder duplicateWindow(Duration window) {
      io.github.gridgov.core.internal.Checks.check(
          !window.isNegative(),
          "GovernanceRules",
          "duplicateWindow",
          window,
          "must not be negative");
      this.duplicateWindow = window;
      return this;
    }

    /**
     * How many unsatisfied ratings at one tier move an order up; 2 unless set.
     *
     * @throws io.github.gridgov.core.InvalidModelException if below 1
     */
    public Builder unsatisfiedRatingsToEscalate(int count) {
      io.github.gridgov.core.internal.Checks.check(
          count >= 1,
          "GovernanceRules",
          "unsatisfiedRatingsToEscalate",
          count,
          "must be at least 1");
      this.unsatisfiedRatings = count;
      return this;
    }

    /** The rules. */
    public GovernanceRules build() {
      return new GovernanceRules(this);
    }
  }
}
