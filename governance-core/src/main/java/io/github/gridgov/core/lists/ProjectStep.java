package io.github.gridgov.core.lists;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.people.ResponderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 项目记录 — one step of a project's trail: who did what when, and what the step carries (the
 * claimer, a progress note, the volunteers and their hours, a resident's evaluation).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProjectStep {
  /** What a step does. */
  public enum Kind implements Labelled {
    /** 立项 — put on the projects list. */
    LIST,
    /** 认领. */
    CLAIM,
    /** 进展. */
    PROGRESS,
    /** 完成. */
    COMPLETE,
    /** 评价 — a resident's evaluation. */
    EVALUATE,
    /** 撤销. */
    CANCEL
  }

  ProjectStep() {}

  /** 1 for the first step, then one more for each. */
  public abstract int sequence();

  /** What it does. */
  public abstract Kind kind();

  /** Who did it. */
  public abstract Actor actor();

  /** When. */
  public abstract Instant at();

  /** The note: what was done or why. */
  public abstract Optional<String> note();

  /** The claimer, for {@link Kind#CLAIM}. */
  public abstract Optional<Provider> claimer();

  /** The resource the claimer brings, for {@link Kind#CLAIM}. */
  public abstract Optional<ResourceId> resource();

  /** The volunteers who served, for {@link Kind#COMPLETE}. */
  public abstract List<ResponderId> volunteers();

  /** The hours each volunteer served, for {@link Kind#COMPLETE}. */
  public abstract Optional<BigDecimal> hoursEach();

  /** The evaluation, for {@link Kind#EVALUATE}. */
  public abstract Optional<Rating> rating();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableProjectStep.Builder {}
}
