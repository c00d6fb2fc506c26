package io.github.gridgov.rules.consultation;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.internal.Checks;
import org.immutables.value.Value;

/**
 * 协商意见 — one participant's opinion in the deliberation, as recorded.
 *
 * <p>Rules: the text is 1–500 characters.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Opinion {
  /** Where a participant stands. */
  public enum Stance implements Labelled {
    /** 赞成. */
    SUPPORT,
    /** 反对. */
    OPPOSE,
    /** 修改完善 — supports with changes. */
    AMEND,
    /** 保留意见. */
    RESERVED
  }

  Opinion() {}

  /** Whose opinion. */
  @Value.Parameter
  public abstract ParticipantId participant();

  /** Where they stand. */
  @Value.Parameter
  public abstract Stance stance();

  /** What they said, as recorded. */
  @Value.Parameter
  public abstract String text();

  /** {@code participant}'s opinion. */
  public static Opinion of(ParticipantId participant, Stance stance, String text) {
    return ImmutableOpinion.of(participant, stance, text);
  }

  @Value.Check
  void check() {
    Checks.checkText(text(), 500, "Opinion", "text");
  }
}
