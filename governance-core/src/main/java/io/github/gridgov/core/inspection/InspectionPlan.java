package io.github.gridgov.core.inspection;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.people.ResponderId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 巡查计划 — an inspection regime: who goes round ({@link #responders()}), where ({@link
 * #area()}), how often ({@link #frequency()}), of what kind, and what they look for. Each round
 * the area's buildings (or, for home visits, households) are shared among the responders, so that
 * a round done in full covers the area once.
 *
 * <p>Rules: the name is 1–100 characters; 1–{@value #MAX_RESPONDERS} responders, each once; the
 * area is a community, grid, compound or building.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class InspectionPlan {
  /** The most responders one plan names (ours). */
  public static final int MAX_RESPONDERS = 1_000;

  InspectionPlan() {}

  /** The identifier. */
  public abstract PlanId id();

  /** The name, e.g. {@code 城管进社区每日巡查}. */
  public abstract String name();

  /** The community. */
  public abstract CommunityId community();

  /** The kind of round. */
  public abstract InspectionKind kind();

  /** The area gone round. */
  public abstract AreaRef area();

  /** How often. */
  public abstract Frequency frequency();

  /** Who goes round, in the order the area is shared among them. */
  public abstract List<ResponderId> responders();

  /** The categories of matters to look for; empty for a general visit (访民情). */
  public abstract Set<Category> lookFor();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InspectionPlan}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableInspectionPlan.Builder {}

  @Value.Check
  void check() {
    Checks.checkName(name(), 100, "InspectionPlan", "name");
    Checks.check(
        !responders().isEmpty() && responders().size() <= MAX_RESPONDERS,
        "InspectionPlan",
        "responders",
        responders().size(),
        "must be between 1 and %s",
        MAX_RESPONDERS);
    Checks.check(
        new HashSet<>(responders()).size() == responders().size(),
        "InspectionPlan",
        "responders",
        responders().size(),
        "must name each responder once");
    Checks.check(
        area().id().isPresent()
            && area().level().compareTo(io.github.gridgov.core.area.AreaLevel.COMMUNITY) <= 0,
        "InspectionPlan",
        "area",
        area(),
        "must be a community, grid, compound or building");
  }
}
