package io.github.gridgov.rules.deliberation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.gridgov.rules.deliberation.Ballot.Choice;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 业主共同决定 — counts an owners' vote under 民法典 Art. 278.
 *
 * <p>Participation: owners of at least two thirds of the exclusive area <em>and</em> at least two
 * thirds of the owners take part. Approval: for items (6)–(8) (raising the maintenance fund,
 * rebuilding, changing the use of common parts) at least three quarters of the participating area
 * <em>and</em> of the participating owners; for the other items more than half of both.
 * "以上" includes the threshold and "过半数" does not (Art. 1259). Areas and owners are counted as
 * {@link ExclusiveUnit} and {@link OwnerCounting} say (建筑物区分所有权解释 Art. 8–9). A ballot for
 * an unknown unit, from someone who does not own the unit, a second ballot for a unit, or (under
 * statutory counting) a ballot that contradicts the same owner's earlier one is rejected with its
 * reason and counted nowhere. Arithmetic is exact ({@link Fraction}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OwnersVote {
  /** Reason code. */
  public static final String UNKNOWN_UNIT = "deliberation.unknown-unit";

  /** Reason code. */
  public static final String NOT_OWNER = "deliberation.not-owner";

  /** Reason code. */
  public static final String DUPLICATE = "deliberation.duplicate";

  /** Reason code. */
  public static final String CONFLICTING = "deliberation.conflicting";

  /** Reason code. */
  public static final String PARTICIPATION = "deliberation.participation";

  /** Reason code. */
  public static final String NO_PARTICIPATION = "deliberation.no-participation";

  /** Reason code. */
  public static final String APPROVED = "deliberation.approved";

  /** Reason code. */
  public static final String NOT_APPROVED = "deliberation.not-approved";

  private static final String UNSOLD = "unsold-or-undelivered";

  private OwnersVote() {}

  /**
   * Counts {@code ballots} on {@code matter} among {@code units}.
   *
   * @throws IllegalArgumentException if {@code units} is empty or names a unit twice
   */
  public static VoteDecision decide(
      Matter matter, List<ExclusiveUnit> units, List<Ballot> ballots, OwnerCounting counting) {
    requireNonNull(matter, "matter");
    requireNonNull(counting, "counting");
    checkArgument(!units.isEmpty(), "Cannot count a vote: there are no exclusive units");
    Map<UnitId, ExclusiveUnit> byId = new LinkedHashMap<>();
    BigDecimal totalArea = BigDecimal.ZERO;
    Set<String> persons = new HashSet<>();
    for (ExclusiveUnit u : units) {
      checkArgument(
          byId.put(u.id(), u) == null, "Cannot count a vote: unit %s is listed twice", u.id());
      totalArea = totalArea.add(u.area());
      persons.add(person(u, counting));
    }
    List<RejectedBallot> rejected = new ArrayList<>();
    Map<UnitId, Choice> votes = new LinkedHashMap<>();
    Map<String, Choice> byPerson = new HashMap<>();
    for (Ballot b : ballots) {
      ExclusiveUnit u = byId.get(b.unit());
      Reason why = null;
      if (u == null) {
        why = Reason.of(DeliberationRules.BALLOTS, UNKNOWN_UNIT, b.unit());
      } else if (!u.owner().equals(b.voter())) {
        why = Reason.of(DeliberationRules.BALLOTS, NOT_OWNER, b.voter(), b.unit());
      } else if (votes.containsKey(b.unit())) {
        why = Reason.of(DeliberationRules.BALLOTS, DUPLICATE, b.unit());
      } else if (counting == OwnerCounting.STATUTORY
          && byPerson.containsKey(person(u, counting))
          && byPerson.get(person(u, counting)) != b.choice()) {
        why = Reason.of(DeliberationRules.BALLOTS, CONFLICTING, b.voter(), b.unit());
      }
      if (why != null) {
        rejected.add(ImmutableRejectedBallot.of(b, why));
        continue;
      }
      votes.put(b.unit(), b.choice());
      byPerson.put(person(u, counting), b.choice());
    }
    BigDecimal votedArea = BigDecimal.ZERO;
    BigDecimal forArea = BigDecimal.ZERO;
    for (Map.Entry<UnitId, Choice> v : votes.entrySet()) {
      BigDecimal area = byId.get(v.getKey()).area();
      votedArea = votedArea.add(area);
      if (v.getValue() == Choice.FOR) {
        forArea = forArea.add(area);
      }
    }
    long forPersons = byPerson.values().stream().filter(c -> c == Choice.FOR).count();
    Fraction participatingArea = Fraction.of(votedArea, totalArea);
    Fraction participatingOwners = Fraction.of(byPerson.size(), persons.size());
    Fraction approvingArea = Fraction.of(forArea, votedArea);
    Fraction approvingOwners = Fraction.of(forPersons, byPerson.size());
    List<Reason> reasons = new ArrayList<>();
    rejected.forEach(r -> reasons.add(r.reason()));
    boolean participation =
        participatingArea.isAtLeast(Fraction.TWO_THIRDS)
            && participatingOwners.isAtLeast(Fraction.TWO_THIRDS);
    reasons.add(
        Reason.of(
            DeliberationRules.OWNERS_PARTICIPATION,
            participation ? PARTICIPATION : NO_PARTICIPATION,
            participatingArea,
            participatingOwners));
    boolean approved =
        matter.needsThreeQuarters()
            ? approvingArea.isAtLeast(Fraction.THREE_QUARTERS)
                && approvingOwners.isAtLeast(Fraction.THREE_QUARTERS)
            : approvingArea.isMoreThan(Fraction.HALF) && approvingOwners.isMoreThan(Fraction.HALF);
    String threshold = matter.needsThreeQuarters() ? "3/4" : "1/2";
    reasons.add(
        Reason.of(
            DeliberationRules.OWNERS_MAJORITY,
            approved ? APPROVED : NOT_APPROVED,
            matter,
            approvingArea,
            approvingOwners,
            threshold));
    return ImmutableVoteDecision.builder()
        .matter(matter)
        .participatingArea(participatingArea)
        .participatingOwners(participatingOwners)
        .approvingArea(approvingArea)
        .approvingOwners(approvingOwners)
        .participationReached(participation)
        .passed(participation && approved)
        .rejected(rejected)
        .reasons(Reasons.of(reasons))
        .build();
  }

  private static String person(ExclusiveUnit u, OwnerCounting counting) {
    if (counting == OwnerCounting.ONE_VOTE_PER_UNIT) {
      return "unit:" + u.id();
    }
    return u.isSoldAndDelivered() ? "owner:" + u.owner() : UNSOLD;
  }
}
