package io.github.gridgov.rules.lists;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.lists.Need;
import io.github.gridgov.core.lists.NeedId;
import io.github.gridgov.core.lists.NeedSource;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderStatus;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Skill;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.catalogue.DispatchCatalogue;
import io.github.gridgov.rules.internal.Places;
import io.github.gridgov.rules.metrics.Period;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * 工单汇总为需求 — gathers the orders of one category in one grid over a period into one need on
 * the needs list, once there are at least {@link #threshold()} of them ({@link
 * ListRules#GATHERING}): repeated small requests become a project that answers them together.
 *
 * <p>Orders referred, merged into another or cancelled are not counted; an order outside the
 * registry is not placed and not counted. The need's skills are those the dispatch catalogue
 * requires and prefers for the category; the residents it concerns, the distinct places the orders came from; its area is the grid; its time the period's end; its
 * identifier {@code <prefix>-<n>}, numbered in (community, grid, category) order.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NeedsFromOrders {
  /** The default threshold: three orders of one kind in one grid make a need (ours, configurable). */
  public static final int DEFAULT_THRESHOLD = 3;

  /** Reason code. */
  public static final String GATHERED = "lists.gathered";

  private final DispatchCatalogue catalogue;
  private final int threshold;

  private NeedsFromOrders(DispatchCatalogue catalogue, int threshold) {
    this.catalogue = catalogue;
    this.threshold = threshold;
  }

  /** Gathering with the skills of {@code catalogue} and the {@linkplain #DEFAULT_THRESHOLD default threshold}. */
  public static NeedsFromOrders of(DispatchCatalogue catalogue) {
    return new NeedsFromOrders(requireNonNull(catalogue, "catalogue"), DEFAULT_THRESHOLD);
  }

  /**
   * This gathering with another threshold.
   *
   * @throws IllegalArgumentException unless 2 ≤ threshold ≤ 1,000,000
   */
  public NeedsFromOrders withThreshold(int threshold) {
    checkArgument(
        threshold >= 2 && threshold <= 1_000_000,
        "Cannot gather needs: threshold %s must be between 2 and 1000000",
        threshold);
    return new NeedsFromOrders(catalogue, threshold);
  }

  /** How many orders of one category in one grid make a need. */
  public int threshold() {
    return threshold;
  }

  /** The needs gathered, with one reason each. */
  @org.immutables.value.Value.Immutable
  public abstract static class Gathered {
    Gathered() {}

    /** The needs, in (community, grid, category) order. */
    public abstract List<Need> needs();

    /** Why each need was gathered, in the same order. */
    public abstract Reasons reasons();
  }

  /**
   * The needs that the orders reported in {@code period} make; {@code registry} places them.
   *
   * @throws io.github.gridgov.core.InvalidModelException if {@code idPrefix} makes an invalid identifier
   */
  public Gathered gather(
      Iterable<ServiceOrder> orders, Jurisdiction registry, Period period, String idPrefix) {
    requireNonNull(orders, "orders");
    requireNonNull(registry, "registry");
    requireNonNull(period, "period");
    requireNonNull(idPrefix, "idPrefix");
    Map<String, List<ServiceOrder>> groups = new TreeMap<>();
    Map<String, AreaRef> areas = new TreeMap<>();
    Map<String, CommunityId> communities = new TreeMap<>();
    for (ServiceOrder o : orders) {
      OrderStatus s = o.status();
      if (!period.contains(o.reportedAt())
          || s == OrderStatus.REFERRED
          || s == OrderStatus.MERGED
          || s == OrderStatus.CANCELLED) {
        continue;
      }
      AreaRef area = Places.area(o, registry).orElse(null);
      if (area == null) {
        continue;
      }
      AreaRef grid = null;
      CommunityId community = null;
      for (AreaRef up : Places.enclosing(area, registry)) {
        if (up.level() == AreaLevel.GRID && grid == null) {
          grid = up;
        }
        if (up.level() == AreaLevel.COMMUNITY) {
          community = (CommunityId) up.id().get();
        }
      }
      if (community == null) {
        continue;
      }
      AreaRef where = grid != null ? grid : AreaRef.of(community);
      String key = community + "\u0000" + where + "\u0000" + o.category().code();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
      areas.put(key, where);
      communities.put(key, community);
    }
    List<Need> needs = new ArrayList<>();
    List<Reason> reasons = new ArrayList<>();
    for (Map.Entry<String, List<ServiceOrder>> g : groups.entrySet()) {
      List<ServiceOrder> in = g.getValue();
      if (in.size() < threshold) {
        continue;
      }
      Category category = in.get(0).category();
      Set<Skill> skills = new LinkedHashSet<>(catalogue.entry(category).requiredSkills());
      skills.addAll(catalogue.entry(category).preferredSkills());
      List<OrderId> ids = new ArrayList<>();
      in.forEach(o -> ids.add(o.id()));
      Instant at =
          period.end().isAfter(ServiceOrder.LATEST_TIME) ? ServiceOrder.LATEST_TIME : period.end();
      Need need =
          Need.builder()
              .id(NeedId.of(idPrefix + "-" + (needs.size() + 1)))
              .community(communities.get(g.getKey()))
              .area(areas.get(g.getKey()))
              .title(category.zh() + "（" + in.size() + "件工单汇总）")
              .skills(skills)
              .category(category)
              .source(NeedSource.ORDERS)
              .orders(ids.subList(0, Math.min(ids.size(), Need.MAX_ORDERS)))
              .residents(
                  (int)
                      Math.min(
                          in.stream().map(ServiceOrder::location).distinct().count(), 1_000_000))
              .raisedAt(at)
              .build();
      needs.add(need);
      reasons.add(
          Reason.of(
              ListRules.GATHERING,
              GATHERED,
              need.id(),
              category,
              need.area(),
              in.size(),
              threshold));
    }
    return ImmutableGathered.builder().needs(needs).reasons(Reasons.of(reasons)).build();
  }
}
