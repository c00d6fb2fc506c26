package io.github.gridgov.rules.sla;

import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderKind;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.order.Urgency;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 时限规则 — one row of an {@link SlaProfile}: which orders it applies to (by kind, category,
 * current urgency and flags; an empty set means "any") and their acceptance and resolution limits.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SlaRule {
  SlaRule() {}

  /** A short name for reasons and reports, e.g. {@code emergency}. */
  public abstract String name();

  /** The kinds it applies to; empty for any. */
  public abstract Set<OrderKind> kinds();

  /** The categories it applies to; empty for any. */
  public abstract Set<Category> categories();

  /** The current urgencies it applies to; empty for any. */
  public abstract Set<Urgency> urgencies();

  /** Flags an order must all have; empty for none. */
  public abstract Set<OrderFlag> flags();

  /** Time to accept (签收) after each dispatch. */
  public abstract SlaLimit accept();

  /** Time to resolve (办结), counted from the report. */
  public abstract SlaLimit resolve();

  /** Whether this row applies to {@code order}. */
  public boolean matches(ServiceOrder order) {
    return (kinds().isEmpty() || kinds().contains(order.kind()))
        && (categories().isEmpty() || categories().contains(order.category()))
        && (urgencies().isEmpty() || urgencies().contains(order.currentUrgency()))
        && (flags().isEmpty() || order.flags().containsAll(flags()));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link SlaRule}. */
  public static final class Builder extends ImmutableSlaRule.Builder {}
}
