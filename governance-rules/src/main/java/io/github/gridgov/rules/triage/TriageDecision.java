package io.github.gridgov.rules.triage;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ReferralTarget;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.rules.reason.Reasons;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 分流决定 — the outcome of the pre-routing filters and, for an order that proceeds, the tier it
 * starts at, the department that owns it if it starts at the street or district, the departments
 * to summon when the street blows the whistle (吹哨), and its priority, with the reasons.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class TriageDecision {
  TriageDecision() {}

  /** What happens to the order. */
  public abstract TriageOutcome outcome();

  /** The tier it starts at; present when it proceeds. */
  public abstract Optional<Tier> startTier();

  /** Where it goes, for an emergency. */
  public abstract Optional<ReferralTarget> referral();

  /** The open order it duplicates. */
  public abstract Optional<OrderId> duplicateOf();

  /** The responsible department (条) when it starts at the street or district. */
  public abstract Optional<Department> department();

  /** The departments to summon (吹哨报到) when it starts at the street. */
  public abstract List<Department> summonedDepartments();

  /** Whether the police must be told at once (人民调解法 Art. 25: possible violence or crime). */
  public abstract boolean isPoliceNotified();

  /** How soon it should be handled. */
  public abstract Priority priority();

  /** Why. */
  public abstract Reasons reasons();

  /** Whether the order proceeds to dispatch. */
  public boolean proceeds() {
    return outcome() == TriageOutcome.PROCEED;
  }
}
