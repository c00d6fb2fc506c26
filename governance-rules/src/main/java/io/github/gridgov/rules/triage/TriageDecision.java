package io.github.gridgov.rules.triage;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ReferralTarget;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.rules.reason.Reasons;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 分流决定 — the outcome of the pre-routing filters and, for an order that proceeds, the tier it
 * starts at, the department that owns it if it starts at the street or district, the departments
 * to summon when the street blows the whistle (吹哨), and its priority, with the reasons.
 *
 * <p>Made only by {@link TriageRule}; two decisions are equal when every attribute is.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TriageDecision {
  private final TriageOutcome outcome;
  private final Tier startTier;
  private final ReferralTarget referral;
  private final OrderId duplicateOf;
  private final Department department;
  private final List<Department> summonedDepartments;
  private final boolean policeNotified;
  private final Priority priority;
  private final Reasons reasons;

  /** The nullable attributes are absent when null; {@code summoned} is an immutable list. */
  private TriageDecision(
      TriageOutcome outcome,
      Tier startTier,
      ReferralTarget referral,
      OrderId duplicateOf,
      Department department,
      List<Department> summoned,
      boolean policeNotified,
      Priority priority,
      Reasons reasons) {
    this.outcome = requireNonNull(outcome, "outcome");
    this.startTier = startTier;
    this.referral = referral;
    this.duplicateOf = duplicateOf;
    this.department = department;
    this.summonedDepartments = requireNonNull(summoned, "summonedDepartments");
    this.policeNotified = policeNotified;
    this.priority = requireNonNull(priority, "priority");
    this.reasons = requireNonNull(reasons, "reasons");
  }

  /** Referred to {@code to} (an emergency or a legal-channel matter): it does not proceed. */
  static TriageDecision referred(
      TriageOutcome outcome,
      ReferralTarget to,
      boolean policeNotified,
      Priority priority,
      Reasons reasons) {
    return new TriageDecision(
        outcome,
        null,
        requireNonNull(to, "referral"),
        null,
        null,
        List.of(),
        policeNotified,
        priority,
        reasons);
  }

  /** Outside the jurisdiction: it does not proceed. */
  static TriageDecision outside(boolean policeNotified, Priority priority, Reasons reasons) {
    return new TriageDecision(
        TriageOutcome.OUT_OF_JURISDICTION,
        null,
        null,
        null,
        null,
        List.of(),
        policeNotified,
        priority,
        reasons);
  }

  /** A duplicate of the open order {@code of}: it does not proceed. */
  static TriageDecision duplicate(
      OrderId of, boolean policeNotified, Priority priority, Reasons reasons) {
    return new TriageDecision(
        TriageOutcome.DUPLICATE,
        null,
        null,
        requireNonNull(of, "duplicateOf"),
        null,
        List.of(),
        policeNotified,
        priority,
        reasons);
  }

  /**
   * It proceeds at {@code tier}; {@code department} (nullable) owns it at the street or district,
   * {@code summoned} are whistled for at the street.
   */
  static TriageDecision proceed(
      Tier tier,
      Department department,
      List<Department> summoned,
      boolean policeNotified,
      Priority priority,
      Reasons reasons) {
    return new TriageDecision(
        TriageOutcome.PROCEED,
        requireNonNull(tier, "startTier"),
        null,
        null,
        department,
        List.copyOf(summoned),
        policeNotified,
        priority,
        reasons);
  }

  /** What happens to the order. */
  public TriageOutcome outcome() {
    return outcome;
  }

  /** The tier it starts at; present when it proceeds. */
  public Optional<Tier> startTier() {
    return Optional.ofNullable(startTier);
  }

  /** Where it goes, for an emergency. */
  public Optional<ReferralTarget> referral() {
    return Optional.ofNullable(referral);
  }

  /** The open order it duplicates. */
  public Optional<OrderId> duplicateOf() {
    return Optional.ofNullable(duplicateOf);
  }

  /** The responsible department (条) when it starts at the street or district. */
  public Optional<Department> department() {
    return Optional.ofNullable(department);
  }

  /** The departments to summon (吹哨报到) when it starts at the street. */
  public List<Department> summonedDepartments() {
    return summonedDepartments;
  }

  /** Whether the police must be told at once (人民调解法 Art. 25: possible violence or crime). */
  public boolean isPoliceNotified() {
    return policeNotified;
  }

  /** How soon it should be handled. */
  public Priority priority() {
    return priority;
  }

  /** Why. */
  public Reasons reasons() {
    return reasons;
  }

  /** Whether the order proceeds to dispatch. */
  public boolean proceeds() {
    return outcome == TriageOutcome.PROCEED;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TriageDecision d
        && outcome == d.outcome
        && startTier == d.startTier
        && Objects.equals(referral, d.referral)
        && Objects.equals(duplicateOf, d.duplicateOf)
        && Objects.equals(department, d.department)
        && summonedDepartments.equals(d.summonedDepartments)
        && policeNotified == d.policeNotified
        && priority == d.priority
        && reasons.equals(d.reasons);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        outcome,
        startTier,
        referral,
        duplicateOf,
        department,
        summonedDepartments,
        policeNotified,
        priority,
        reasons);
  }

  /** The outcome, the attributes present, the priority and the reasons. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("TriageDecision{outcome=").append(outcome);
    if (startTier != null) {
      b.append(", startTier=").append(startTier);
    }
    if (referral != null) {
      b.append(", referral=").append(referral);
    }
    if (duplicateOf != null) {
      b.append(", duplicateOf=").append(duplicateOf);
    }
    if (department != null) {
      b.append(", department=").append(department);
    }
    if (!summonedDepartments.isEmpty()) {
      b.append(", summonedDepartments=").append(summonedDepartments);
    }
    return b.append(", policeNotified=")
        .append(policeNotified)
        .append(", priority=")
        .append(priority)
        .append(", reasons=")
        .append(reasons)
        .append('}')
        .toString();
  }
}
