package io.github.gridgov.rules.deliberation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.rules.Reason;
import io.github.gridgov.rules.Reasons;
import org.immutables.value.Value;

/**
 * 居民会议 — counts a residents' meeting under 城市居民委员会组织法 Art. 9–10: it may be held only
 * when more than half of its base is present (all residents aged 18 or over, or one
 * representative per household, or the representatives elected by the resident groups), and a
 * decision needs more than half of those present.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResidentsMeeting {
  /** Reason code. */
  public static final String QUORUM = "deliberation.quorum";
  /** Reason code. */
  public static final String NO_QUORUM = "deliberation.no-quorum";
  /** Reason code. */
  public static final String ADOPTED = "deliberation.adopted";
  /** Reason code. */
  public static final String NOT_ADOPTED = "deliberation.not-adopted";

  /** Who the meeting is made of (Art. 9). */
  public enum QuorumBase implements Labelled {
    /** 全体十八周岁以上的居民. */
    ADULT_RESIDENTS,
    /** 户的代表 — one per household. */
    HOUSEHOLD_REPRESENTATIVES,
    /** 居民小组选举的代表 — two or three per resident group. */
    GROUP_REPRESENTATIVES
  }

  /** The outcome of a meeting. */
  @Value.Immutable
  public abstract static class Decision {
    Decision() {}

    /** Who the meeting was made of. */
    public abstract QuorumBase base();

    /** Present / eligible. */
    public abstract Fraction attendance();

    /** In favour / present. */
    public abstract Fraction approval();

    /** Whether more than half of the base was present. */
    public abstract boolean isQuorumReached();

    /** Whether the meeting could be held and more than half of those present approved. */
    public abstract boolean isAdopted();

    /** Why. */
    public abstract Reasons reasons();
  }

  private ResidentsMeeting() {}

  /**
   * Counts a meeting of {@code base} with {@code eligible} members, {@code present} of them
   * present and {@code inFavour} of those in favour.
   *
   * @throws IllegalArgumentException unless 1 ≤ eligible, 0 ≤ present ≤ eligible and 0 ≤ inFavour ≤ present
   */
  public static Decision decide(QuorumBase base, int eligible, int present, int inFavour) {
    requireNonNull(base, "base");
    checkArgument(eligible >= 1 && present >= 0 && present <= eligible && inFavour >= 0 && inFavour <= present,
        "Cannot count a meeting: need 1 <= eligible, 0 <= present <= eligible, 0 <= inFavour <= present (were %s, %s, %s)",
        eligible, present, inFavour);
    Fraction attendance = Fraction.of(present, eligible);
    Fraction approval = Fraction.of(inFavour, present);
    boolean quorum = attendance.isMoreThan(Fraction.HALF);
    boolean adopted = quorum && approval.isMoreThan(Fraction.HALF);
    return ImmutableDecision.builder().base(base).attendance(attendance).approval(approval).quorumReached(quorum)
        .adopted(adopted).reasons(Reasons.of(Reason.of(DeliberationRules.MEETING_QUORUM, quorum ? QUORUM : NO_QUORUM, attendance),
            Reason.of(DeliberationRules.MEETING_DECISION, adopted ? ADOPTED : NOT_ADOPTED, approval))).build();
  }
}
