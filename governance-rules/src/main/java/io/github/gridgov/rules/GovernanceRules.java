package io.github.gridgov.rules;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.assignment.AssignmentDecision;
import io.github.gridgov.rules.assignment.AssignmentRule;
import io.github.gridgov.rules.assignment.AssignmentWeights;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.check.DispatchChecks;
import io.github.gridgov.rules.check.RuleCheck;
import io.github.gridgov.rules.escalation.Escalation;
import io.github.gridgov.rules.escalation.EscalationRule;
import io.github.gridgov.rules.sla.SlaClock;
import io.github.gridgov.rules.sla.SlaProfile;
import io.github.gridgov.rules.sla.SlaState;
import io.github.gridgov.rules.sla.TierBudgets;
import io.github.gridgov.rules.sla.WorkCalendar;
import io.github.gridgov.rules.triage.TriageDecision;
import io.github.gridgov.rules.triage.TriageRule;
import java.time.Duration;
import java.time.Instant;
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
 * <pre>{@code
 * GovernanceRules rules = GovernanceRules.standard();
 * TriageDecision triage = rules.triage(order, district);
 * AssignmentDecision pick = rules.assign(order, district, workload, now);
 * order = order.dispatch(dispatcher, pick.dispatch().orElseThrow(), now);
 * rules.escalation(order, district, later).ifPresent(e -> ...);
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class GovernanceRules {
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
  public TriageDecision triage(ServiceOrder order, Jurisdiction jurisdiction, Collection<ServiceOrder> openOrders) {
    return triage.triage(order, jurisdiction, openOrders);
  }

  // ---- assignment -----------------------------------------------------------------------

  /**
   * Picks the owner of {@code order}: at its current tier if it has one, else at the tier triage
   * starts it at. An order that triage does not let proceed gets nobody, with triage's reasons.
   * The proposed dispatch carries {@link #deadlines} for {@code now}.
   */
  public AssignmentDecision assign(ServiceOrder order, Jurisdiction jurisdiction, Workload workload, Instant now) {
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

  /** Picks the owner of {@code order} at {@code tier}. */
  public AssignmentDecision assign(ServiceOrder order, Tier tier, Jurisdiction jurisdiction,
      Workload workload, Instant now) {
    return assignment.assign(order, tier, jurisdiction, workload, deadlines(order, now));
  }

  // ---- SLA ------------------------------------------------------------------------------

  /** The deadlines for dispatching {@code order} at {@code now}; see {@link SlaClock#deadlines}. */
  public Deadlines deadlines(ServiceOrder order, Instant now) {
    return clock.deadlines(order, now);
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
  public Optional<Escalation> escalation(ServiceOrder order, Jurisdiction jurisdiction, Instant now) {
    return escalation.escalation(order, jurisdiction, now);
  }

  /** The move {@code order} must make at {@code now}, if any; reassignments respect {@code workload}. */
  public Optional<Escalation> escalation(ServiceOrder order, Jurisdiction jurisdiction, Workload workload,
      Instant now) {
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
  public List<Escalation> due(Iterable<ServiceOrder> orders, Jurisdiction jurisdiction, Instant now) {
    return escalation.due(orders, jurisdiction, now);
  }

  /** A new, empty agenda of open orders by their next check, deciding with these rules. */
  public io.github.gridgov.rules.escalation.EscalationAgenda agenda(Jurisdiction jurisdiction) {
    return new io.github.gridgov.rules.escalation.EscalationAgenda(escalation, jurisdiction);
  }

  /**
   * A new, empty agenda deciding with these rules; each poll asks {@code workload} for the work in
   * hand, so that reassignments respect capacity.
   */
  public io.github.gridgov.rules.escalation.EscalationAgenda agenda(Jurisdiction jurisdiction,
      java.util.function.Supplier<Workload> workload) {
    return new io.github.gridgov.rules.escalation.EscalationAgenda(escalation, jurisdiction, workload);
  }

  // ---- checks ---------------------------------------------------------------------------

  /** Every rule that a hand-made dispatch of {@code order} breaks; empty when it is valid. */
  public RuleCheck check(ServiceOrder order, Dispatch proposed, Jurisdiction jurisdiction, Workload workload,
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
     * @throws IllegalArgumentException if negative
     */
    public Builder duplicateWindow(Duration window) {
      if (window.isNegative()) {
        throw new IllegalArgumentException("Cannot set duplicateWindow: '" + window + "' must not be negative");
      }
      this.duplicateWindow = window;
      return this;
    }

    /**
     * How many unsatisfied ratings at one tier move an order up; 2 unless set.
     *
     * @throws IllegalArgumentException if below 1
     */
    public Builder unsatisfiedRatingsToEscalate(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("Cannot set unsatisfiedRatingsToEscalate: '" + count + "' must be at least 1");
      }
      this.unsatisfiedRatings = count;
      return this;
    }

    /** The rules. */
    public GovernanceRules build() {
      return new GovernanceRules(this);
    }
  }
}
