package io.github.gridgov.core.lists;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Skill;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 需求 — one entry of a community's needs list (需求清单): what is needed, where, for how many
 * residents, which skills it calls for, and where it came from — residents, orders gathered by
 * category and area, a member unit's own need (双向需求), or visits.
 *
 * <p>Rules: the title is 1–100 characters; 1–1,000,000 residents concerned;
 * a need from a member unit names the unit, one from orders names at least one order (at most
 * {@value #MAX_ORDERS}), and only those do; the time is within {@link ServiceOrder#EARLIEST_TIME}
 * and {@link ServiceOrder#LATEST_TIME} (excluded).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Need {
  /** The most orders one need gathers (ours: a bound on stored size). */
  public static final int MAX_ORDERS = 10_000;

  Need() {}

  /** The identifier. */
  public abstract NeedId id();

  /** The community whose list it is on. */
  public abstract CommunityId community();

  /** Where it is needed. */
  public abstract AreaRef area();

  /** What is needed, e.g. {@code 老年人法律知识讲座}. */
  public abstract String title();

  /** The skills it calls for; empty when it calls for none in particular. */
  public abstract Set<Skill> skills();

  /** The category of the orders it gathers, if any. */
  public abstract Optional<Category> category();

  /** Where it came from. */
  public abstract NeedSource source();

  /** The member unit that raised it, for {@link NeedSource#MEMBER_UNIT}. */
  public abstract Optional<MemberUnitId> unit();

  /** The orders it gathers, for {@link NeedSource#ORDERS}. */
  public abstract List<OrderId> orders();

  /** How many residents it concerns. */
  @Value.Default
  public int residents() {
    return 1;
  }

  /** When it was put on the list. */
  public abstract Instant raisedAt();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Need}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableNeed.Builder {}

  @Value.Check
  void check() {
    Checks.checkName(title(), 100, "Need", "title");
    Checks.check(
        residents() >= 1 && residents() <= 1_000_000,
        "Need",
        "residents",
        residents(),
        "must be between 1 and 1000000");
    Checks.check(
        unit().isPresent() == (source() == NeedSource.MEMBER_UNIT),
        "Need",
        "unit",
        unit().map(Object::toString).orElse("none"),
        "must be named exactly when the source is MEMBER_UNIT (source was %s)",
        source());
    Checks.check(
        orders().isEmpty() != (source() == NeedSource.ORDERS),
        "Need",
        "orders",
        orders().size(),
        "must name orders exactly when the source is ORDERS (source was %s)",
        source());
    Checks.check(
        orders().size() <= MAX_ORDERS,
        "Need",
        "orders",
        orders().size(),
        "must be at most %s",
        MAX_ORDERS);
    Checks.checkWithin(
        raisedAt(), ServiceOrder.EARLIEST_TIME, ServiceOrder.LATEST_TIME, "Need", "raisedAt");
  }
}
