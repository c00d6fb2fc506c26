package io.github.gridgov.rules.consultation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Location;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.OrderKind;
import io.github.gridgov.core.order.Origin;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.rules.deliberation.Ballot;
import io.github.gridgov.rules.deliberation.ExclusiveUnit;
import io.github.gridgov.rules.deliberation.Fraction;
import io.github.gridgov.rules.deliberation.OwnerCounting;
import io.github.gridgov.rules.deliberation.OwnersVote;
import io.github.gridgov.rules.deliberation.ResidentsMeeting;
import io.github.gridgov.rules.deliberation.VoteDecision;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 协商规则 — decides a consultation by the rule its subject needs and reviews its steps against
 * the rules of {@link ConsultationRules}, with configurable defaults.
 *
 * <p>Decisions ({@link ConsultationRules#DECISION_RULE}): a consultation on common property is
 * decided by the owners' vote ({@link #byOwnersVote}, 民法典 Art. 278 — participation of 2/3 of
 * the area and owners, then 3/4 or more than half); one on a matter of all residents by a
 * residents' meeting ({@link #byResidentsMeeting}, 城市居民委员会组织法 Art. 9–10); other public
 * affairs by the consultation's own majority ({@link #byMajority}: more than {@link #majority()}
 * of the participants in favour; ours). A decision taken by a rule the subject does not allow is
 * not adopted, and says which rule it needs. Rules never throw to say no.
 *
 * <p>Review ({@link #review}): notice at least {@link #notice()} before the deliberation
 * ({@link ConsultationRules#NOTICE}), every participant's opinion recorded ({@link
 * ConsultationRules#OPINIONS}), the right rule used, 公示 of at least {@link #publicity()}
 * ({@link ConsultationRules#PUBLICITY}) and the feedback given ({@link ConsultationRules#FEEDBACK}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Consultations {
  /** 提前通报 — three days ahead (ours, configurable: 中办发〔2015〕41号 asks for notice ahead, with no number). */
  public static final Duration DEFAULT_NOTICE = Duration.ofDays(3);

  /** 公示 — seven days (ours, configurable). */
  public static final Duration DEFAULT_PUBLICITY = Duration.ofDays(7);

  /** Reason code. */
  public static final String RULE_FITS = "consultation.rule-fits";

  /** Reason code. */
  public static final String WRONG_RULE = "consultation.wrong-rule";

  /** Reason code. */
  public static final String UNKNOWN_PARTICIPANT = "consultation.unknown-participant";

  /** Reason code. */
  public static final String MAJORITY_ADOPTED = "consultation.majority-adopted";

  /** Reason code. */
  public static final String MAJORITY_NOT_ADOPTED = "consultation.majority-not-adopted";

  /** Reason code. */
  public static final String NOTICE_GIVEN = "consultation.notice-given";

  /** Reason code. */
  public static final String SHORT_NOTICE = "consultation.short-notice";

  /** Reason code. */
  public static final String OPINIONS_RECORDED = "consultation.opinions-recorded";

  /** Reason code. */
  public static final String OPINIONS_MISSING = "consultation.opinions-missing";

  /** Reason code. */
  public static final String PUBLICISED = "consultation.publicised";

  /** Reason code. */
  public static final String SHORT_PUBLICITY = "consultation.short-publicity";

  /** Reason code. */
  public static final String FED_BACK = "consultation.fed-back";

  /** Reason code. */
  public static final String FEEDBACK_DUE = "consultation.feedback-due";

  private static final Consultations STANDARD =
      new Consultations(DEFAULT_NOTICE, DEFAULT_PUBLICITY, Fraction.HALF);

  private final Duration notice;
  private final Duration publicity;
  private final Fraction majority;

  private Consultations(Duration notice, Duration publicity, Fraction majority) {
    this.notice = notice;
    this.publicity = publicity;
    this.majority = majority;
  }

  /** The defaults: 3 days' notice, 7 days' 公示, more than half of the participants. */
  public static Consultations standard() {
    return STANDARD;
  }

  /**
   * These rules with another notice period.
   *
   * @throws IllegalArgumentException unless 0 ≤ notice ≤ 90 days
   */
  public Consultations withNotice(Duration notice) {
    checkArgument(
        !notice.isNegative() && notice.compareTo(Duration.ofDays(90)) <= 0,
        "Cannot configure consultations: notice %s must be between 0 and 90 days",
        notice);
    return new Consultations(notice, publicity, majority);
  }

  /**
   * These rules with another 公示 period.
   *
   * @throws IllegalArgumentException unless 1 hour ≤ publicity ≤ 90 days
   */
  public Consultations withPublicity(Duration publicity) {
    checkArgument(
        publicity.compareTo(Duration.ofHours(1)) >= 0
            && publicity.compareTo(Duration.ofDays(90)) <= 0,
        "Cannot configure consultations: publicity %s must be between 1 hour and 90 days",
        publicity);
    return new Consultations(notice, publicity, majority);
  }

  /**
   * These rules with another majority: more than {@code majority} of the participants.
   *
   * @throws IllegalArgumentException unless 1/2 ≤ majority &lt; 1
   */
  public Consultations withMajority(Fraction majority) {
    checkArgument(
        majority.isAtLeast(Fraction.HALF) && majority.compareTo(Fraction.of(1, 1)) < 0,
        "Cannot configure consultations: majority %s must be at least 1/2 and below 1",
        majority);
    return new Consultations(notice, publicity, majority);
  }

  /** How long ahead participants are told. */
  public Duration notice() {
    return notice;
  }

  /** How long an adopted decision is public before it is carried out. */
  public Duration publicity() {
    return publicity;
  }

  /** The share of participants a decision by the consultation's own majority must exceed. */
  public Fraction majority() {
    return majority;
  }

  /** 业主共同决定 — decides {@code c} by an owners' vote on its Art. 278 matter. */
  public Outcome byOwnersVote(
      Consultation c, List<ExclusiveUnit> units, List<Ballot> ballots, OwnerCounting counting) {
    requireNonNull(c, "consultation");
    if (c.matter().isEmpty()) {
      return wrong(c, DecisionRule.OWNERS_VOTE);
    }
    VoteDecision vote = OwnersVote.decide(c.matter().get(), units, ballots, counting);
    List<Reason> reasons = new ArrayList<>();
    reasons.add(fits(c));
    reasons.addAll(vote.reasons().asList());
    return ImmutableOutcome.builder()
        .rule(DecisionRule.OWNERS_VOTE)
        .adopted(vote.isPassed())
        .reasons(Reasons.of(reasons))
        .build();
  }

  /** 居民会议 — decides {@code c} by a residents' meeting of {@code base}. */
  public Outcome byResidentsMeeting(
      Consultation c, ResidentsMeeting.QuorumBase base, int eligible, int present, int inFavour) {
    requireNonNull(c, "consultation");
    if (c.subject().rule() != DecisionRule.RESIDENTS_MEETING) {
      return wrong(c, DecisionRule.RESIDENTS_MEETING);
    }
    ResidentsMeeting.Decision d = ResidentsMeeting.decide(base, eligible, present, inFavour);
    List<Reason> reasons = new ArrayList<>();
    reasons.add(fits(c));
    reasons.addAll(d.reasons().asList());
    return ImmutableOutcome.builder()
        .rule(DecisionRule.RESIDENTS_MEETING)
        .adopted(d.isAdopted())
        .reasons(Reasons.of(reasons))
        .build();
  }

  /**
   * 协商会议多数 — decides {@code c} by its participants' votes: adopted when more than {@link
   * #majority()} of all participants are in favour (those who did not vote count as not in
   * favour). A vote of someone not taking part is counted nowhere, with its reason; a second vote
   * of one participant is counted nowhere either.
   */
  public Outcome byMajority(Consultation c, Map<ParticipantId, Ballot.Choice> votes) {
    requireNonNull(c, "consultation");
    requireNonNull(votes, "votes");
    if (c.subject().rule() != DecisionRule.CONSULTATION_MAJORITY) {
      return wrong(c, DecisionRule.CONSULTATION_MAJORITY);
    }
    List<Reason> reasons = new ArrayList<>();
    reasons.add(fits(c));
    Map<ParticipantId, Ballot.Choice> counted = new LinkedHashMap<>();
    votes.forEach(
        (p, choice) -> {
          if (c.participant(p).isEmpty()) {
            reasons.add(Reason.of(ConsultationRules.MAJORITY, UNKNOWN_PARTICIPANT, p));
          } else {
            counted.put(p, choice);
          }
        });
    long inFavour = counted.values().stream().filter(v -> v == Ballot.Choice.FOR).count();
    Fraction share = Fraction.of(inFavour, c.participants().size());
    boolean adopted = share.isMoreThan(majority);
    reasons.add(
        Reason.of(
            ConsultationRules.MAJORITY,
            adopted ? MAJORITY_ADOPTED : MAJORITY_NOT_ADOPTED,
            inFavour,
            c.participants().size(),
            majority));
    return ImmutableOutcome.builder()
        .rule(DecisionRule.CONSULTATION_MAJORITY)
        .adopted(adopted)
        .reasons(Reasons.of(reasons))
        .build();
  }

  private static Reason fits(Consultation c) {
    return Reason.of(ConsultationRules.DECISION_RULE, RULE_FITS, c.subject(), c.subject().rule());
  }

  private static Outcome wrong(Consultation c, DecisionRule used) {
    return ImmutableOutcome.builder()
        .rule(used)
        .adopted(false)
        .reasons(
            Reasons.of(
                Reason.of(
                    ConsultationRules.DECISION_RULE,
                    WRONG_RULE,
                    used,
                    c.subject(),
                    c.subject().rule())))
        .build();
  }

  /** How the steps of {@code c} so far stand against the rules. */
  public Review review(Consultation c) {
    requireNonNull(c, "consultation");
    List<Reason> findings = new ArrayList<>();
    List<Reason> problems = new ArrayList<>();
    c.step(ConsultationStep.Kind.NOTIFY)
        .ifPresent(
            n -> {
              Duration ahead = Duration.between(n.at(), n.meetingAt().get());
              add(
                  ahead.compareTo(notice) >= 0,
                  Reason.of(ConsultationRules.NOTICE, NOTICE_GIVEN, hours(ahead), hours(notice)),
                  Reason.of(ConsultationRules.NOTICE, SHORT_NOTICE, hours(ahead), hours(notice)),
                  findings,
                  problems);
            });
    c.step(ConsultationStep.Kind.DELIBERATE)
        .ifPresent(
            d -> {
              List<ParticipantId> missing = new ArrayList<>();
              for (Participant p : c.participants()) {
                if (d.opinions().stream().noneMatch(o -> o.participant().equals(p.id()))) {
                  missing.add(p.id());
                }
              }
              add(
                  missing.isEmpty(),
                  Reason.of(ConsultationRules.OPINIONS, OPINIONS_RECORDED, d.opinions().size()),
                  Reason.of(ConsultationRules.OPINIONS, OPINIONS_MISSING, missing.size(), missing),
                  findings,
                  problems);
            });
    c.outcome()
        .ifPresent(
            o ->
                add(
                    o.rule() == c.subject().rule(),
                    fits(c),
                    Reason.of(
                        ConsultationRules.DECISION_RULE,
                        WRONG_RULE,
                        o.rule(),
                        c.subject(),
                        c.subject().rule()),
                    findings,
                    problems));
    c.step(ConsultationStep.Kind.PUBLICISE)
        .ifPresent(
            p -> {
              Duration shown = Duration.between(p.at(), p.publicUntil().get());
              Instant carriedOut =
                  c.step(ConsultationStep.Kind.IMPLEMENT).map(ConsultationStep::at).orElse(null);
              if (carriedOut != null && carriedOut.isBefore(p.publicUntil().get())) {
                shown = Duration.between(p.at(), carriedOut);
              }
              add(
                  shown.compareTo(publicity) >= 0,
                  Reason.of(
                      ConsultationRules.PUBLICITY, PUBLICISED, hours(shown), hours(publicity)),
                  Reason.of(
                      ConsultationRules.PUBLICITY, SHORT_PUBLICITY, hours(shown), hours(publicity)),
                  findings,
                  problems);
            });
    if (c.stage() == Stage.FED_BACK) {
      findings.add(
          Reason.of(
              ConsultationRules.FEEDBACK,
              FED_BACK,
              c.step(ConsultationStep.Kind.FEED_BACK).get().at()));
    } else if (c.stage() == Stage.IMPLEMENTING || c.stage() == Stage.NOT_ADOPTED) {
      Reason due = Reason.of(ConsultationRules.FEEDBACK, FEEDBACK_DUE, c.stage());
      findings.add(due);
      problems.add(due);
    }
    return ImmutableReview.builder()
        .findings(Reasons.of(findings))
        .problems(Reasons.of(problems))
        .build();
  }

  private static void add(
      boolean ok, Reason good, Reason bad, List<Reason> findings, List<Reason> problems) {
    findings.add(ok ? good : bad);
    if (!ok) {
      problems.add(bad);
    }
  }

  private static long hours(Duration d) {
    return d.toHours();
  }

  /**
   * An order that carries out part of an adopted consultation, as reported: found by the
   * community itself ({@link Origin#PROACTIVE}), in the consultation's area, described by its
   * topic and the task. Hand it to intake like any new order, and list its id on {@link
   * Consultation#implement}.
   *
   * @throws IllegalArgumentException unless {@code c} was adopted
   */
  public static ServiceOrder order(
      Consultation c, OrderId id, OrderKind kind, Category category, String task, Instant at) {
    requireNonNull(c, "consultation");
    checkArgument(
        c.outcome().map(Outcome::isAdopted).orElse(false),
        "Cannot create an order for consultation %s: it was not adopted (stage %s)",
        c.id(),
        c.stage());
    AreaRef area = c.area();
    return ServiceOrder.builder()
        .id(id)
        .kind(kind)
        .category(category)
        .origin(Origin.PROACTIVE)
        .location(Location.of(area))
        .description(c.topic() + "：" + task)
        .reportedAt(at)
        .build();
  }
}
