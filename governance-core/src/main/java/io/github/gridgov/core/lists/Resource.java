package io.github.gridgov.core.lists;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.people.Responder;
import io.github.gridgov.core.people.Skill;
import java.time.DayOfWeek;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 资源 — one entry of a community's resources list (资源清单): what a member unit, a team or a
 * responder offers — its skills, the area it serves, how many needs it takes on at once and the
 * days it serves on.
 *
 * <p>Rules: the title is 1–100 characters; at least one skill and one day; capacity 1–10,000.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Resource {
  Resource() {}

  /** The identifier. */
  public abstract ResourceId id();

  /** Who offers it. */
  public abstract Provider provider();

  /** The community whose list it is on. */
  public abstract CommunityId community();

  /** What is offered, e.g. {@code 法律援助进社区}. */
  public abstract String title();

  /** The skills offered. */
  public abstract Set<Skill> skills();

  /** The area served: needs within it can be matched. */
  public abstract AreaRef area();

  /** How many needs it takes on at once (claimed projects not yet completed). */
  public abstract int capacity();

  /** The days it serves on. */
  public abstract Set<DayOfWeek> days();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Resource}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableResource.Builder {}

  @Value.Check
  void check() {
    Checks.checkName(title(), 100, "Resource", "title");
    Checks.check(!skills().isEmpty(), "Resource", "skills", "[]", "must name at least one skill");
    Checks.check(!days().isEmpty(), "Resource", "days", "[]", "must name at least one day");
    Checks.check(
        capacity() >= 1 && capacity() <= Responder.MAX_CAPACITY,
        "Resource",
        "capacity",
        capacity(),
        "must be between 1 and %s",
        Responder.MAX_CAPACITY);
  }
}
