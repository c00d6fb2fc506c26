package io.github.gridgov.rules.deliberation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import org.immutables.value.Value;

/**
 * 居民会议 — a residents' meeting under 城市居民委员会组织法 Art. 9–10: whether it must be
 * convened, whether it may be held and what it decided.
 *
 * <p>Art. 10: the residents' committee must convene a meeting when at least one fifth of the
 * residents aged 18 or over, at least one fifth of the households or at least one third of the
 * resident groups ask for it ({@link #convening}; "以上" includes the threshold itself, 民法典
 * Art. 1259). Art. 9: it may be held only when more than half of its base is present (all
 * residents aged 18 or over, or one representative per household, or the representatives elected
 * by the resident groups), and a decision needs more than half of those present ({@link #decide}).
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

  /** Reason code. */
  public static final String CONVENE = "deliberation.convene";

  /** Reason code. */
  public static final String NO_CONVENE = "deliberation.no-convene";

  /** 1/5 — the share of adults or of households whose request obliges a meeting (Art. 10). */
  public static final Fraction ONE_FIFTH = Fraction.of(1, 5);

  /** 1/3 — the share of resident groups whose request obliges a meeting (Art. 10). */
  public static final Fraction ONE_THIRD = Fraction.of(1, 3);

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

  /**
   * 提议召集居民会议 — who asked for a meeting, out of how many (Art. 10). Each basis is counted on
   * its own; a request may come on one basis only, the others then 0 of their total.
   */
  @Value.Immutable
  public abstract static class ConveningRequest {
    ConveningRequest() {}

    /** Residents aged 18 or over in the committee's area. */
    public abstract int adults();

    /** Of them, those who signed the request. */
    public abstract int adultsAsking();

    /** Households in the area. */
    public abstract int households();

    /** Of them, those whose representative signed. */
    public abstract int householdsAsking();

    /** Resident groups (居民小组) of the committee. */
    public abstract int groups();

    /** Of them, those that asked. */
    public abstract int groupsAsking();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ConveningRequest}; {@link #build()} throws {@link
     * io.github.gridgov.core.InvalidModelException} unless each total is at least 1 and each count
     * between 0 and its total.
     */
    public static final class Builder extends ImmutableConveningRequest.Builder {}

    @Value.Check
    void check() {
      part("adults", adults(), adultsAsking());
      part("households", households(), householdsAsking());
      part("groups", groups(), groupsAsking());
    }

    private static void part(String field, int total, int asking) {
      io.github.gridgov.core.internal.Checks.check(
          total >= 1, "ConveningRequest", field, total, "must be at least 1");
      io.github.gridgov.core.internal.Checks.check(
          asking >= 0 && asking <= total,
          "ConveningRequest",
          field + "Asking",
          asking,
          "must be between 0 and %s",
          total);
    }
  }

  /** Whether a meeting must be convened, and on which basis. */
  @Value.Immutable
  public abstract static class Convening {
    Convening() {}

    /** Whether the committee must convene the meeting. */
    public abstract boolean isRequired();

    /** The first basis, in Art. 10's order (adults, households, groups), whose share reached its threshold. */
    public abstract java.util.Optional<QuorumBase> basis();

    /** Adults asking / adults. */
    public abstract Fraction adults();

    /** Households asking / households. */
    public abstract Fraction households();

    /** Groups asking / groups. */
    public abstract Fraction groups();

    /** Why. */
    public abstract Reasons reasons();
  }

  private ResidentsMeeting() {}

  /**
   * 应当召集 — whether {@code request} obliges the residents' committee to convene a meeting:
   * at least 1/5 of the adults, or at least 1/5 of the households, or at least 1/3 of the resident
   * groups asked (城市居民委员会组织法 Art. 10; the thresholds included).
   */
  public static Convening convening(ConveningRequest request) {
    requireNonNull(request, "request");
    Fraction adults = Fraction.of(request.adultsAsking(), request.adults());
    Fraction households = Fraction.of(request.householdsAsking(), request.households());
    Fraction groups = Fraction.of(request.groupsAsking(), request.groups());
    QuorumBase basis =
        adults.isAtLeast(ONE_FIFTH)
            ? QuorumBase.ADULT_RESIDENTS
            : households.isAtLeast(ONE_FIFTH)
                ? QuorumBase.HOUSEHOLD_REPRESENTATIVES
                : groups.isAtLeast(ONE_THIRD) ? QuorumBase.GROUP_REPRESENTATIVES : null;
    Reason why =
        basis == null
            ? Reason.of(DeliberationRules.MEETING_CONVENING, NO_CONVENE, adults, households, groups)
            : Reason.of(
                DeliberationRules.MEETING_CONVENING,
                CONVENE,
                basis,
                basis == QuorumBase.ADULT_RESIDENTS
                    ? adults
                    : basis == QuorumBase.HOUSEHOLD_REPRESENTATIVES ? households : groups,
                basis == QuorumBase.GROUP_REPRESENTATIVES ? ONE_THIRD : ONE_FIFTH);
    return ImmutableConvening.builder()
        .required(basis != null)
        .basis(java.util.Optional.ofNullable(basis))
        .adults(adults)
        .households(households)
        .groups(groups)
        .reasons(Reasons.of(why))
        .build();
  }

  /**
   * Counts a meeting of {@code base} with {@code eligible} members, {@code present} of them
   * present and {@code inFavour} of those in favour.
   *
   * @throws IllegalArgumentException unless 1 ≤ eligible, 0 ≤ present ≤ eligible and 0 ≤ inFavour ≤ present
   */
  public static Decision decide(QuorumBase base, int eligible, int present, int inFavour) {
    requireNonNull(base, "base");
    checkArgument(
        eligible >= 1
            && present >= 0
            && present <= eligible
            && inFavour >= 0
            && inFavour <= present,
        "Cannot count a meeting: need 1 <= eligible, 0 <= present <= eligible, 0 <= inFavour <= present (were %s, %s, %s)",
        eligible,
        present,
        inFavour);
    Fraction attendance = Fraction.of(present, eligible);
    Fraction approval = Fraction.of(inFavour, present);
    boolean quorum = attendance.isMoreThan(Fraction.HALF);
    boolean adopted = quorum && approval.isMoreThan(Fraction.HALF);
    return ImmutableDecision.builder()
        .base(base)
        .attendance(attendance)
        .approval(approval)
        .quorumReached(quorum)
        .adopted(adopted)
        .reasons(
            Reasons.of(
                Reason.of(
                    DeliberationRules.MEETING_QUORUM, quorum ? QUORUM : NO_QUORUM, attendance),
                Reason.of(
                    DeliberationRules.MEETING_DECISION, adopted ? ADOPTED : NOT_ADOPTED, approval)))
        .build();
  }
}
