package io.github.gridgov.rules.lists;

import io.github.gridgov.core.lists.ResourceId;
import io.github.gridgov.rules.reason.Reason;
import org.immutables.value.Value;

/**
 * 不符资源 — a resource that cannot answer a need, and the first rule it fails.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Exclusion {
  Exclusion() {}

  /** The resource. */
  @Value.Parameter
  public abstract ResourceId resource();

  /** Why not. */
  @Value.Parameter
  public abstract Reason reason();
}
