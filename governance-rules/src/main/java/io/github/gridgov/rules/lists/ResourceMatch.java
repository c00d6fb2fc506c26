package io.github.gridgov.rules.lists;

import io.github.gridgov.core.lists.NeedId;
import io.github.gridgov.rules.reason.Reasons;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 资源对接 — the resources proposed for one need, best first, those excluded with their reason,
 * and the summary.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ResourceMatch {
  ResourceMatch() {}

  /** The need. */
  public abstract NeedId need();

  /** The resources that can answer it, best first (see {@link ListRules#RANKING}). */
  public abstract List<Proposal> proposals();

  /** The resources that cannot, each with the first rule it fails. */
  public abstract List<Exclusion> exclusions();

  /** The best proposal, if any. */
  public Optional<Proposal> best() {
    return proposals().isEmpty() ? Optional.empty() : Optional.of(proposals().get(0));
  }

  /** Why: the outcome. */
  public abstract Reasons reasons();
}
