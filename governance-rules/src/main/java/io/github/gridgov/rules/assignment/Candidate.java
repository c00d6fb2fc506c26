package io.github.gridgov.rules.assignment;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.people.Skill;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * 候选人 — one responder or team considered for an order: whether it may take it, how close it is,
 * its load and its score, with the reasons (every hard constraint it fails, or what raised and
 * lowered its score).
 *
 * <p>Written by hand rather than generated: the assignment rule builds one per candidate on every
 * order, and a plain constructor keeps that to the object itself (see BENCHMARKS.md).
 *
 * <p>Implementation Requirements: immutable and thread-safe (the reasons are built on first use;
 * building them twice gives equal values).
 *
 * @since 0.1.0
 */
public final class Candidate {
  /** Hard constraints, as bits of {@link #failures}, in the order their reasons are listed. */
  static final int OTHER_DEPARTMENT = 1;

  static final int OFF_DUTY = 2;
  static final int AT_CAPACITY = 4;
  static final int MISSING_SKILLS = 8;
  static final int IS_REQUESTER = 16;
  static final int NOT_INSURED = 32;

  private final Assignee assignee;
  private final Closeness closeness;
  private final int openOrders;
  private final int capacity;
  private final long score;

  /** The hard constraints failed, as bits; 0 when eligible. Their reasons are built when read. */
  private final int failures;

  /** For the reasons: the responsible department (district tier), the skills needed and offered. */
  private final Department department;

  private final Set<Skill> required;
  private final Set<Skill> offered;
  private final int preferredSkills;
  private final int satisfiedPerMille;
  private final boolean borrowed;
  private volatile Reasons reasons;

  Candidate(
      Assignee assignee,
      Closeness closeness,
      int openOrders,
      int capacity,
      long score,
      int failures,
      Department department,
      Set<Skill> required,
      Set<Skill> offered,
      int preferredSkills,
      int satisfiedPerMille,
      boolean borrowed) {
    this.assignee = requireNonNull(assignee, "assignee");
    this.closeness = requireNonNull(closeness, "closeness");
    this.openOrders = openOrders;
    this.capacity = capacity;
    this.score = score;
    this.failures = failures;
    this.department = department;
    this.required = requireNonNull(required, "required");
    this.offered = requireNonNull(offered, "offered");
    this.preferredSkills = preferredSkills;
    this.satisfiedPerMille = satisfiedPerMille;
    this.borrowed = borrowed;
  }

  /** The responder or team. */
  public Assignee assignee() {
    return assignee;
  }

  /** Whether every hard constraint holds. */
  public boolean isEligible() {
    return failures == 0;
  }

  /**
   * The hard constraints it fails, as the rules of {@link AssignmentRules} (responsible
   * department, on duty, capacity, skills, not the requester, insured), in that order; empty when
   * eligible. For callers that act on a constraint without reading reasons.
   */
  public List<io.github.gridgov.rules.reason.RuleRef> failedConstraints() {
    if (failures == 0) {
      return List.of();
    }
    List<io.github.gridgov.rules.reason.RuleRef> out = new ArrayList<>(2);
    for (int i = 0; i < CONSTRAINTS.size(); i++) {
      if ((failures & (1 << i)) != 0) {
        out.add(CONSTRAINTS.get(i));
      }
    }
    return List.copyOf(out);
  }

  /** The rule of each failure bit, bit 0 first. */
  private static final List<io.github.gridgov.rules.reason.RuleRef> CONSTRAINTS =
      List.of(
          AssignmentRules.RESPONSIBLE_DEPARTMENT,
          AssignmentRules.ON_DUTY,
          AssignmentRules.CAPACITY,
          AssignmentRules.SKILLS,
          AssignmentRules.NOT_REQUESTER,
          AssignmentRules.INSURED);

  /** How close its coverage is. */
  public Closeness closeness() {
    return closeness;
  }

  /** Its open orders. */
  public int openOrders() {
    return openOrders;
  }

  /** Its capacity. */
  public int capacity() {
    return capacity;
  }

  /** Its score; higher is better. Meaningful among eligible candidates. */
  public long score() {
    return score;
  }

  /** Whether it is borrowed from a partner compound. */
  boolean borrowed() {
    return borrowed;
  }

  /**
   * Why: every hard constraint it fails, or, when eligible, what made its score — built on first
   * use, since most hosts read the reasons of the chosen candidate only.
   */
  public Reasons reasons() {
    Reasons r = reasons;
    if (r == null) {
      r = buildReasons();
      reasons = r;
    }
    return r;
  }

  private Reasons buildReasons() {
    List<Reason> out = new ArrayList<>(5);
    if (failures != 0) {
      if ((failures & OTHER_DEPARTMENT) != 0) {
        out.add(
            Reason.of(
                AssignmentRules.RESPONSIBLE_DEPARTMENT,
                AssignmentRule.OTHER_DEPARTMENT,
                assignee,
                department));
      }
      if ((failures & OFF_DUTY) != 0) {
        out.add(Reason.of(AssignmentRules.ON_DUTY, AssignmentRule.OFF_DUTY, assignee));
      }
      if ((failures & AT_CAPACITY) != 0) {
        out.add(
            Reason.of(
                AssignmentRules.CAPACITY,
                AssignmentRule.AT_CAPACITY,
                assignee,
                openOrders,
                capacity));
      }
      if ((failures & MISSING_SKILLS) != 0) {
        Set<Skill> missing = new TreeSet<>(required);
        missing.removeAll(offered);
        out.add(
            Reason.of(AssignmentRules.SKILLS, AssignmentRule.MISSING_SKILLS, assignee, missing));
      }
      if ((failures & IS_REQUESTER) != 0) {
        out.add(Reason.of(AssignmentRules.NOT_REQUESTER, AssignmentRule.IS_REQUESTER, assignee));
      }
      if ((failures & NOT_INSURED) != 0) {
        out.add(Reason.of(AssignmentRules.INSURED, AssignmentRule.NOT_INSURED, assignee));
      }
      return Reasons.of(out);
    }
    if (borrowed) {
      out.add(Reason.of(AssignmentRules.BORROWING, AssignmentRule.PARTNER_COMPOUND, assignee));
    }
    out.add(Reason.of(AssignmentRules.RANKING, AssignmentRule.CLOSENESS, assignee, closeness));
    out.add(
        Reason.of(AssignmentRules.RANKING, AssignmentRule.LOAD, assignee, openOrders, capacity));
    if (preferredSkills > 0) {
      out.add(
          Reason.of(
              AssignmentRules.RANKING, AssignmentRule.PREFERRED_SKILLS, assignee, preferredSkills));
    }
    out.add(
        Reason.of(
            AssignmentRules.RANKING, AssignmentRule.RATINGS, assignee, satisfiedPerMille / 10));
    return Reasons.of(out);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Candidate c)) {
      return false;
    }

    return assignee.equals(c.assignee)
        && closeness == c.closeness
        && openOrders == c.openOrders
        && capacity == c.capacity
        && score == c.score
        && failures == c.failures
        && Objects.equals(department, c.department)
        && required.equals(c.required)
        && offered.equals(c.offered)
        && preferredSkills == c.preferredSkills
        && satisfiedPerMille == c.satisfiedPerMille
        && borrowed == c.borrowed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        assignee,
        closeness,
        openOrders,
        capacity,
        score,
        failures,
        department,
        required,
        offered,
        preferredSkills,
        satisfiedPerMille,
        borrowed);
  }

  /** E.g. {@code Candidate{responder:BL-1, SAME_BUILDING, 2/8, score=-6, eligible}}. */
  @Override
  public String toString() {
    return "Candidate{"
        + assignee
        + ", "
        + closeness
        + ", "
        + openOrders
        + "/"
        + capacity
        + ", score="
        + score
        + ", "
        + (failures == 0 ? "eligible" : "fails " + reasons().asList())
        + "}";
  }
}
