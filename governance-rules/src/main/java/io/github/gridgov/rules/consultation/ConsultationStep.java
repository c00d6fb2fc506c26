package io.github.gridgov.rules.consultation;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.lists.ProjectId;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 协商记录 — one step of a consultation's trail: who did what when, and what it carries.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ConsultationStep {
  /** What a step does. */
  public enum Kind implements Labelled {
    /** 提出议题. */
    PROPOSE,
    /** 提前通报. */
    NOTIFY,
    /** 协商论证. */
    DELIBERATE,
    /** 作出决定. */
    DECIDE,
    /** 公示. */
    PUBLICISE,
    /** 组织实施. */
    IMPLEMENT,
    /** 反馈. */
    FEED_BACK,
    /** 撤回. */
    WITHDRAW
  }

  ConsultationStep() {}

  /** 1 for the first step, then one more for each. */
  public abstract int sequence();

  /** What it does. */
  public abstract Kind kind();

  /** Who did it. */
  public abstract Actor actor();

  /** When. */
  public abstract Instant at();

  /** A note: the feedback, the reason of a withdrawal, what is carried out. */
  public abstract Optional<String> note();

  /** For {@link Kind#PROPOSE}: how many opinions the 意见征询 gathered. */
  public abstract Optional<Integer> opinionsGathered();

  /** For {@link Kind#NOTIFY}: when the deliberation is held. */
  public abstract Optional<Instant> meetingAt();

  /** For {@link Kind#DELIBERATE}: each participant's opinion. */
  public abstract List<Opinion> opinions();

  /** For {@link Kind#DECIDE}: the outcome. */
  public abstract Optional<Outcome> outcome();

  /** For {@link Kind#PUBLICISE}: until when the decision is public. */
  public abstract Optional<Instant> publicUntil();

  /** For {@link Kind#IMPLEMENT}: the orders it created. */
  public abstract List<OrderId> orders();

  /** For {@link Kind#IMPLEMENT}: the projects it created. */
  public abstract List<ProjectId> projects();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableConsultationStep.Builder {}
}
