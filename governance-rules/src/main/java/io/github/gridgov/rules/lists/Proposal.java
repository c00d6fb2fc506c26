package io.github.gridgov.rules.lists;

import io.github.gridgov.core.lists.Project;
import io.github.gridgov.core.lists.Provider;
import io.github.gridgov.core.lists.ResourceId;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.rules.reason.Reasons;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * 推荐资源 — a resource that can answer a need, with why: the area it serves, the skills that
 * match, its free capacity.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Proposal {
  Proposal() {}

  /** The resource. */
  public abstract ResourceId resource();

  /** Who offers it: the claimer if it is taken up. */
  public abstract Provider provider();

  /** Whether it offers every skill the need calls for. */
  public abstract boolean isCoveringAllSkills();

  /** How many more projects it can take on. */
  public abstract int freeCapacity();

  /** Why it qualifies. */
  public abstract Reasons reasons();

  /** The claim (认领) that takes this proposal up: {@code project} claimed by its provider with its resource. */
  public Project claim(Project project, Actor by, Instant at) {
    return project.claim(by, provider(), resource(), at);
  }
}
