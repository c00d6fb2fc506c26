package io.github.gridgov.core.lists;

import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.order.Category;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * 服务项目 — one service on a community's published menu (组织列单): the category of orders it
 * answers, the standard service time a volunteer is credited with for one completed service, and
 * the points it earns.
 *
 * <p>Rules: the title is 1–100 characters; hours more than 0 and at most 24 with at most 2
 * decimals; points 0–1,000.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MenuItem {
  MenuItem() {}

  /** The category of orders it answers. */
  public abstract Category category();

  /** How it is published, e.g. {@code 上门助浴}. */
  public abstract String title();

  /** 服务时长 — the hours credited for one completed service. */
  public abstract BigDecimal hours();

  /** 积分 — the points one completed service earns before the rating's weight. */
  public abstract int points();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MenuItem}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableMenuItem.Builder {}

  @Value.Check
  void check() {
    Checks.checkName(title(), 100, "MenuItem", "title");
    Checks.check(
        hours().signum() > 0
            && hours().compareTo(BigDecimal.valueOf(24)) <= 0
            && hours().stripTrailingZeros().scale() <= 2,
        "MenuItem",
        "hours",
        hours().toPlainString(),
        "must be more than 0 and at most 24, with at most 2 decimals");
    Checks.check(
        points() >= 0 && points() <= 1_000,
        "MenuItem",
        "points",
        points(),
        "must be between 0 and 1000");
  }
}
