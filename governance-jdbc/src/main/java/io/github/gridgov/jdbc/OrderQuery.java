package io.github.gridgov.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.OrderStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * 工单查询 — what a dispatcher's list asks of the store: orders by status, tier, owner, category,
 * community, whether open, due by an instant, reported in a period; oldest reported first, a page
 * at a time. Every criterion left out matches every order.
 *
 * <pre>{@code
 * OrderQuery overdue = OrderQuery.builder().open().tier(Tier.GRID).dueBy(now).limit(50).build();
 * List<ServiceOrder> page = store.find(overdue);
 * }</pre>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OrderQuery {
  /** The most orders one page may hold. */
  public static final int MAX_LIMIT = 10_000;

  private final Set<OrderStatus> statuses;
  private final Tier tier;
  private final Assignee owner;
  private final Set<Category> categories;
  private final CommunityId community;
  private final boolean openOnly;
  private final Instant dueBy;
  private final Instant reportedFrom;
  private final Instant reportedBefore;
  private final int limit;
  private final int offset;

  private OrderQuery(Builder b) {
    this.statuses = b.statuses.isEmpty() ? Set.of() : Set.copyOf(b.statuses);
    this.tier = b.tier;
    this.owner = b.owner;
    this.categories = b.categories.isEmpty() ? Set.of() : Set.copyOf(b.categories);
    this.community = b.community;
    this.openOnly = b.openOnly;
    this.dueBy = b.dueBy;
    this.reportedFrom = b.reportedFrom;
    this.reportedBefore = b.reportedBefore;
    this.limit = b.limit;
    this.offset = b.offset;
  }

  /** A query matching every order, the first 100. */
  public static OrderQuery all() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The statuses asked for; empty: any. */
  public Set<OrderStatus> statuses() {
    return statuses;
  }

  /** The tier handling the order now. */
  public Optional<Tier> tier() {
    return Optional.ofNullable(tier);
  }

  /** The owner now. */
  public Optional<Assignee> owner() {
    return Optional.ofNullable(owner);
  }

  /** The categories asked for; empty: any. */
  public Set<Category> categories() {
    return categories;
  }

  /** The community the order's location lies in. */
  public Optional<CommunityId> community() {
    return Optional.ofNullable(community);
  }

  /** Whether only open orders are asked for. */
  public boolean openOnly() {
    return openOnly;
  }

  /** Orders whose next check falls at or before this instant. */
  public Optional<Instant> dueBy() {
    return Optional.ofNullable(dueBy);
  }

  /** Orders reported at or after this instant. */
  public Optional<Instant> reportedFrom() {
    return Optional.ofNullable(reportedFrom);
  }

  /** Orders reported before this instant. */
  public Optional<Instant> reportedBefore() {
    return Optional.ofNullable(reportedBefore);
  }

  /** The most orders returned. */
  public int limit() {
    return limit;
  }

  /** How many matching orders to pass over first. */
  public int offset() {
    return offset;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrderQuery q
        && statuses.equals(q.statuses)
        && java.util.Objects.equals(tier, q.tier)
        && java.util.Objects.equals(owner, q.owner)
        && categories.equals(q.categories)
        && java.util.Objects.equals(community, q.community)
        && openOnly == q.openOnly
        && java.util.Objects.equals(dueBy, q.dueBy)
        && java.util.Objects.equals(reportedFrom, q.reportedFrom)
        && java.util.Objects.equals(reportedBefore, q.reportedBefore)
        && limit == q.limit
        && offset == q.offset;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        statuses,
        tier,
        owner,
        categories,
        community,
        openOnly,
        dueBy,
        reportedFrom,
        reportedBefore,
        limit,
        offset);
  }

  @Override
  public String toString() {
    return "OrderQuery{statuses="
        + statuses
        + ", tier="
        + tier
        + ", owner="
        + owner
        + ", categories="
        + categories
        + ", community="
        + community
        + ", openOnly="
        + openOnly
        + ", dueBy="
        + dueBy
        + ", reportedFrom="
        + reportedFrom
        + ", reportedBefore="
        + reportedBefore
        + ", limit="
        + limit
        + ", offset="
        + offset
        + "}";
  }

  /** Builds an {@link OrderQuery}; not thread-safe. */
  public static final class Builder {
    private final EnumSet<OrderStatus> statuses = EnumSet.noneOf(OrderStatus.class);
    private Tier tier;
    private Assignee owner;
    private final java.util.LinkedHashSet<Category> categories = new java.util.LinkedHashSet<>();
    private CommunityId community;
    private boolean openOnly;
    private Instant dueBy;
    private Instant reportedFrom;
    private Instant reportedBefore;
    private int limit = 100;
    private int offset;

    private Builder() {}

    /** Orders in any of {@code statuses} (added to those already asked for). */
    public Builder status(OrderStatus... statuses) {
      for (OrderStatus s : requireNonNull(statuses, "statuses")) {
        this.statuses.add(requireNonNull(s, "status"));
      }
      return this;
    }

    /** Orders handled at {@code tier} now. */
    public Builder tier(Tier tier) {
      this.tier = requireNonNull(tier, "tier");
      return this;
    }

    /** Orders owned by {@code owner} now. */
    public Builder owner(Assignee owner) {
      this.owner = requireNonNull(owner, "owner");
      return this;
    }

    /** Orders of any of {@code categories} (added to those already asked for). */
    public Builder category(Category... categories) {
      for (Category c : requireNonNull(categories, "categories")) {
        this.categories.add(requireNonNull(c, "category"));
      }
      return this;
    }

    /** Orders whose location lies in {@code community}. */
    public Builder community(CommunityId community) {
      this.community = requireNonNull(community, "community");
      return this;
    }

    /** Open orders only (received, dispatched, accepted, in rework, resolved, suspended or parked). */
    public Builder open() {
      this.openOnly = true;
      return this;
    }

    /** Orders whose next check falls at or before {@code at}. */
    public Builder dueBy(Instant at) {
      this.dueBy = requireNonNull(at, "dueBy");
      return this;
    }

    /** Orders reported in {@code [from, before)}. */
    public Builder reported(Instant from, Instant before) {
      requireNonNull(from, "from");
      requireNonNull(before, "before");
      if (!before.isAfter(from)) {
        throw new IllegalArgumentException(
            "Cannot build OrderQuery: reported before '"
                + before
                + "' must be after from '"
                + from
                + "'");
      }
      this.reportedFrom = from;
      this.reportedBefore = before;
      return this;
    }

    /**
     * At most {@code limit} orders; 100 unless set.
     *
     * @throws IllegalArgumentException unless between 1 and {@value OrderQuery#MAX_LIMIT}
     */
    public Builder limit(int limit) {
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException(
            "Cannot build OrderQuery: limit '" + limit + "' must be between 1 and " + MAX_LIMIT);
      }
      this.limit = limit;
      return this;
    }

    /**
     * Passes over the first {@code offset} matching orders.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder offset(int offset) {
      if (offset < 0) {
        throw new IllegalArgumentException(
            "Cannot build OrderQuery: offset '" + offset + "' must not be negative");
      }
      this.offset = offset;
      return this;
    }

    /** The query. */
    public OrderQuery build() {
      return new OrderQuery(this);
    }
  }
}
