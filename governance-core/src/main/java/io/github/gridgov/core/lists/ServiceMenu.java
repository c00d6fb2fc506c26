package io.github.gridgov.core.lists;

import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.order.Category;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 组织列单 — the menu of volunteer services a community publishes, one item per category of
 * orders: what residents may order (点单) and what a volunteer is credited with for doing it.
 *
 * <p>Rules: at most one item per category.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ServiceMenu {
  ServiceMenu() {}

  /** The community that publishes it. */
  public abstract CommunityId community();

  /** The items, in the order published. */
  public abstract List<MenuItem> items();

  /** The item for {@code category}, if the menu has one. */
  public Optional<MenuItem> item(Category category) {
    for (MenuItem i : items()) {
      if (i.category().equals(category)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceMenu}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableServiceMenu.Builder {}

  @Value.Check
  void check() {
    Set<Category> seen = new HashSet<>();
    for (MenuItem i : items()) {
      Checks.check(
          seen.add(i.category()),
          "ServiceMenu",
          "items",
          i.category(),
          "must list each category once");
    }
  }
}
