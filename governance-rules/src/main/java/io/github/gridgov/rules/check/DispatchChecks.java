package io.github.gridgov.rules.check;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.assignment.AssignmentDecision;
import io.github.gridgov.rules.assignment.AssignmentRule;
import io.github.gridgov.rules.assignment.AssignmentRules;
import io.github.gridgov.rules.assignment.Candidate;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.catalogue.CatalogueEntry;
import io.github.gridgov.rules.catalogue.DispatchCatalogue;
import io.github.gridgov.rules.internal.Places;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.sla.SlaClock;
import io.github.gridgov.rules.triage.TriageRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 派单校验规则 — checks a dispatch that a host's own staff propose by hand, against the rules of
 * {@link CheckRules}:
 * <ul>
 *   <li>{@code check.unknown-assignee} — the assignee is not in the registry;</li>
 *   <li>{@code check.ineligible} — the assignee does not cover the order's area at the tier, or fails a
 *       hard constraint of assignment (off duty, missing skills, not insured for a dangerous task);</li>
 *   <li>{@code check.over-capacity} — the assignee's open orders already reach its capacity;</li>
 *   <li>{@code check.requester} — the requester would handle their own matter;</li>
 *   <li>{@code check.deadline} — the deadlines are later than the SLA allows or already passed (every
 *       dispatch must carry a valid time limit, 北京市接诉即办工作条例 Art. 13);</li>
 *   <li>{@code check.tier-too-low} — the tier is below what the scope, category or powers require;</li>
 *   <li>{@code check.community-duty} — the community would be primary handler of a matter outside its
 *       duty list (Art. 17);</li>
 *   <li>{@code check.transfer} — an accepted order would change owner at its tier without an approved
 *       objection while its owner can go on (首接负责, Art. 14; when the owner is gone or off duty,
 *       the platform approves the transfer as it carries it out — {@code APPROVE_TRANSFER});</li>
 *   <li>{@code check.not-best} (warning) — an eligible assignee, but not the rules' first choice.</li>
 * </ul>
 * Each {@link Violation} names its rule and so its source. The constraints of assignment are read
 * as rules ({@link Candidate#failedConstraints()}), never from reason texts.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DispatchChecks {
  /** {@link CheckRules#UNKNOWN_ASSIGNEE}. */
  public static final RuleRef UNKNOWN_ASSIGNEE = CheckRules.UNKNOWN_ASSIGNEE;

  /** {@link CheckRules#INELIGIBLE}. */
  public static final RuleRef INELIGIBLE = CheckRules.INELIGIBLE;

  /** {@link CheckRules#OVER_CAPACITY}. */
  public static final RuleRef OVER_CAPACITY = CheckRules.OVER_CAPACITY;

  /** {@link CheckRules#REQUESTER}. */
  public static final RuleRef REQUESTER = CheckRules.REQUESTER;

  /** {@link CheckRules#DEADLINE}. */
  public static final RuleRef DEADLINE = CheckRules.DEADLINE;

  /** {@link CheckRules#TIER_TOO_LOW}. */
  public static final RuleRef TIER_TOO_LOW = CheckRules.TIER_TOO_LOW;

  /** {@link CheckRules#COMMUNITY_DUTY}. */
  public static final RuleRef COMMUNITY_DUTY = CheckRules.COMMUNITY_DUTY;

  /** {@link CheckRules#TRANSFER}. */
  public static final RuleRef TRANSFER = CheckRules.TRANSFER;

  /** {@link CheckRules#NOT_BEST}. */
  public static final RuleRef NOT_BEST = CheckRules.NOT_BEST;

  private final SlaClock clock;
  private final TriageRule triage;
  private final AssignmentRule assignment;
  private final DispatchCatalogue catalogue;

  /** Checks measuring deadlines with {@code clock}. */
  public DispatchChecks(
      SlaClock clock, TriageRule triage, AssignmentRule assignment, DispatchCatalogue catalogue) {
    this.clock = requireNonNull(clock, "clock");
    this.triage = requireNonNull(triage, "triage");
    this.assignment = requireNonNull(assignment, "assignment");
    this.catalogue = requireNonNull(catalogue, "catalogue");
  }

  /** Every rule that dispatching {@code order} as {@code proposed} at {@code now} breaks. */
  public RuleCheck check(
      ServiceOrder order, Dispatch proposed, Jurisdiction j, Workload workload, Instant now) {
    requireNonNull(order, "order");
    requireNonNull(proposed, "proposed");
    requireNonNull(j, "jurisdiction");
    requireNonNull(workload, "workload");
    requireNonNull(now, "now");
    List<Violation> errors = new ArrayList<>();
    List<Violation> warnings = new ArrayList<>();
    Assignee who = proposed.assignee();
    Tier tier = proposed.tier();
    boolean known =
        who.responder()
            .map(r -> j.responder(r).isPresent())
            .orElseGet(() -> j.team(who.team().get()).isPresent());
    if (!known) {
      errors.add(
          Violation.error(
              UNKNOWN_ASSIGNEE, Reason.of(UNKNOWN_ASSIGNEE, UNKNOWN_ASSIGNEE.code(), who)));
    }
    CatalogueEntry entry = catalogue.entry(order.category());
    Optional<AreaRef> area = Places.area(order, j);
    if (known && area.isPresent()) {
      AssignmentDecision d = assignment.assign(order, tier, j, workload, proposed.deadlines());
      Optional<Candidate> c =
          d.candidates().stream().filter(x -> x.assignee().equals(who)).findFirst();
      if (c.isEmpty()) {
        errors.add(
            Violation.error(
                INELIGIBLE, Reason.of(INELIGIBLE, "check.not-covering", who, area.get(), tier)));
      } else if (!c.get().isEligible()) {
        List<Reason> capacity = new ArrayList<>();
        List<Reason> other = new ArrayList<>();
        List<RuleRef> failed = c.get().failedConstraints();
        for (Reason r : c.get().reasons()) {
          if (!failed.contains(r.rule())) {
            continue;
          }
          if (r.rule().equals(AssignmentRules.CAPACITY)) {
            capacity.add(r);
          } else if (r.rule().equals(AssignmentRules.NOT_REQUESTER)) {
            errors.add(Violation.error(REQUESTER, r));
          } else {
            other.add(r);
          }
        }
        if (!other.isEmpty()) {
          errors.add(Violation.error(INELIGIBLE, other.toArray(new Reason[0])));
        }
        if (!capacity.isEmpty()) {
          errors.add(Violation.error(OVER_CAPACITY, capacity.toArray(new Reason[0])));
        }
      } else if (d.assignee().isPresent() && !d.assignee().get().equals(who)) {
        warnings.add(
            Violation.warning(
                NOT_BEST, Reason.of(NOT_BEST, NOT_BEST.code(), who, d.assignee().get())));
      }
      Tier required = triage.requiredTier(order, area.get().level(), entry);
      if (required.isAbove(tier)) {
        errors.add(
            Violation.error(
                TIER_TOO_LOW, Reason.of(TIER_TOO_LOW, TIER_TOO_LOW.code(), tier, required)));
      }
    }
    if (tier == Tier.COMMUNITY && !entry.isCommunityDuty()) {
      errors.add(
          Violation.error(
              COMMUNITY_DUTY, Reason.of(COMMUNITY_DUTY, COMMUNITY_DUTY.code(), order.category())));
    }
    Instant latest = clock.deadlines(order, now, Places.hasCareNeeds(order, j)).resolveBy();
    if (proposed.deadlines().resolveBy().isAfter(latest)) {
      errors.add(
          Violation.error(
              DEADLINE,
              Reason.of(
                  DEADLINE, "check.deadline-late", proposed.deadlines().resolveBy(), latest)));
    }
    if (!proposed.deadlines().acceptBy().isAfter(now)) {
      errors.add(
          Violation.error(
              DEADLINE,
              Reason.of(DEADLINE, "check.deadline-passed", proposed.deadlines().acceptBy(), now)));
    }
    boolean accepted =
        order.status() == OrderStatus.ACCEPTED || order.status() == OrderStatus.REWORK;
    if (accepted
        && order.owner().isPresent()
        && !order.owner().get().equals(who)
        && order.tier().equals(Optional.of(tier))
        && !order.hasApprovedObjection()
        && isAvailable(order.owner().get(), j)) {
      errors.add(
          Violation.error(
              TRANSFER, Reason.of(TRANSFER, TRANSFER.code(), order.owner().get(), who)));
    }
    List<Violation> all = new ArrayList<>(errors);
    all.addAll(warnings);
    return ImmutableRuleCheck.builder().violations(all).build();
  }

  /** Whether {@code owner} can go on with an order: a team, or a responder in the registry and on duty. */
  private static boolean isAvailable(Assignee owner, Jurisdiction j) {
    return owner.responder().isEmpty()
        || j.responder(owner.responder().get())
            .map(io.github.gridgov.core.people.Responder::isOnDuty)
            .orElse(false);
  }
}
