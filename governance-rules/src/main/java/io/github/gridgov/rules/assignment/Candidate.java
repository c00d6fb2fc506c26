package io.github.gridgov.rules.assignment;

import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.rules.Reason;
import io.github.gridgov.rules.Reasons;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * 候选人 — one responder or team considered for an order: whether it may take it, how close it is,
 * its load and its score, with the reasons (every hard constraint it fails, or what raised and
 * lowered its score).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
@Value.Immutable
public abstract class Candidate {
  Candidate() {}

  /** The responder or team. */
  public abstract Assignee assignee();

  /** Whether every hard constraint holds. */
  public boolean isEligible() {
    return failures().isEmpty();
  }

  /** How close its coverage is. */
  public abstract Closeness closeness();

  /** Its open orders. */
  public abstract int openOrders();

  /** Its capacity. */
  public abstract int capacity();

  /** Its score; higher is better. Meaningful among eligible candidates. */
  public abstract long score();

  /** The hard constraints it fails; empty when eligible. */
  abstract List<Reason> failures();

  /** How many of the category's preferred skills it offers. */
  abstract long preferredSkills();

  /** Its residents' satisfied share, in thousandths. */
  abstract int satisfiedPerMille();

  /** Whether it is borrowed from a partner compound. */
  abstract boolean borrowed();

  /**
   * Why: every hard constraint it fails, or, when eligible, what made its score — built on first
   * use, since most hosts read the reasons of the chosen candidate only.
   */
  @Value.Lazy
  public Reasons reasons() {
    if (!failures().isEmpty()) {
      return Reasons.of(failures());
    }
    List<Reason> reasons = new ArrayList<>(5);
    if (borrowed()) {
      reasons.add(Reason.of(AssignmentRule.PARTNER_COMPOUND, assignee()));
    }
    reasons.add(Reason.of(AssignmentRule.CLOSENESS, assignee(), closeness()));
    reasons.add(Reason.of(AssignmentRule.LOAD, assignee(), openOrders(), capacity()));
    if (preferredSkills() > 0) {
      reasons.add(Reason.of(AssignmentRule.PREFERRED_SKILLS, assignee(), preferredSkills()));
    }
    reasons.add(Reason.of(AssignmentRule.RATINGS, assignee(), satisfiedPerMille() / 10));
    return Reasons.of(reasons);
  }
}
