package io.github.gridgov.rules.consultation;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.lists.ProjectId;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.OrderId;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.rules.deliberation.Matter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 协商议题 — one community consultation: its topic, the bodies and roles taking part, the orders
 * it started from, and its trail of steps in the order of 中办发〔2015〕41号《关于加强城乡社区协商的意见》:
 * proposed after gathering opinions, participants told ahead, deliberated with each opinion
 * recorded, decided, made public, carried out and fed back.
 *
 * <p>Steps: {@link Builder#propose} starts it; {@link #notifyParticipants}, {@link #deliberate},
 * {@link #decide}, {@link #publicise}, {@link #implement} and {@link #feedBack} follow in that
 * order; a decision not adopted goes straight to {@link #feedBack}; {@link #withdraw} ends it
 * before a decision. A step out of order, with a time before the last step's, or with an opinion
 * of someone not taking part throws {@link IllegalConsultationStepException} and changes nothing.
 * Whether the steps met the rules (notice ahead, every opinion recorded, the right decision rule,
 * long enough 公示) is judged by {@link Consultations#review}.
 *
 * <p>Rules: the topic is 1–200 characters; 1–{@value #MAX_PARTICIPANTS} participants, each
 * identifier once; a {@link Subject#COMMON_PROPERTY} consultation names the Art. 278 matter and
 * only it does; at most {@value #MAX_ORDERS} source orders; notes 1–500 characters.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Consultation {
  /** The most participants one consultation has (ours). */
  public static final int MAX_PARTICIPANTS = 500;

  /** The most orders one consultation starts from (ours). */
  public static final int MAX_ORDERS = 10_000;

  Consultation() {}

  /** The identifier. */
  public abstract ConsultationId id();

  /** The community. */
  public abstract CommunityId community();

  /** The area it concerns, e.g. a compound. */
  public abstract AreaRef area();

  /** The topic, e.g. {@code 小区公共空地改建停车位}. */
  public abstract String topic();

  /** What it is about. */
  public abstract Subject subject();

  /** The Art. 278 matter, for {@link Subject#COMMON_PROPERTY}. */
  public abstract Optional<Matter> matter();

  /** Who takes part. */
  public abstract List<Participant> participants();

  /** The orders it started from, e.g. repeated parking complaints. */
  public abstract List<OrderId> sourceOrders();

  /** The trail, first step first. */
  public abstract List<ConsultationStep> steps();

  /** Where it stands, from its trail. */
  @Value.Derived
  public Stage stage() {
    Stage s = Stage.PROPOSED;
    for (ConsultationStep step : steps()) {
      switch (step.kind()) {
        case NOTIFY -> s = Stage.NOTIFIED;
        case DELIBERATE -> s = Stage.DELIBERATED;
        case DECIDE -> s = step.outcome().get().isAdopted() ? Stage.ADOPTED : Stage.NOT_ADOPTED;
        case PUBLICISE -> s = Stage.PUBLICISED;
        case IMPLEMENT -> s = Stage.IMPLEMENTING;
        case FEED_BACK -> s = Stage.FED_BACK;
        case WITHDRAW -> s = Stage.WITHDRAWN;
        default -> {}
      }
    }
    return s;
  }

  /** The first step of {@code kind}, if taken. */
  public Optional<ConsultationStep> step(ConsultationStep.Kind kind) {
    return steps().stream().filter(s -> s.kind() == kind).findFirst();
  }

  /** The outcome, once decided. */
  public Optional<Outcome> outcome() {
    return step(ConsultationStep.Kind.DECIDE).flatMap(ConsultationStep::outcome);
  }

  /** The opinions recorded in the deliberation. */
  public List<Opinion> opinions() {
    return step(ConsultationStep.Kind.DELIBERATE).map(ConsultationStep::opinions).orElse(List.of());
  }

  /** The participant with {@code id}. */
  public Optional<Participant> participant(ParticipantId id) {
    return participants().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** 提前通报 — participants told the content and information, the deliberation set for {@code meetingAt}. */
  public Consultation notifyParticipants(Actor by, Instant meetingAt, Instant at) {
    requireNonNull(meetingAt, "meetingAt");
    allowed(
        ConsultationStep.Kind.NOTIFY,
        stage() == Stage.PROPOSED,
        "participants are told once, after the proposal",
        at);
    allowed(
        ConsultationStep.Kind.NOTIFY,
        !meetingAt.isBefore(at),
        "the deliberation at " + meetingAt + " is before the notice",
        at);
    return with(next(ConsultationStep.Kind.NOTIFY, by, at).meetingAt(meetingAt).build());
  }

  /** 协商论证 — the deliberation, with each participant's opinion as recorded. */
  public Consultation deliberate(Actor by, List<Opinion> opinions, Instant at) {
    allowed(
        ConsultationStep.Kind.DELIBERATE,
        stage() == Stage.NOTIFIED,
        "participants must be told ahead",
        at);
    Set<ParticipantId> seen = new HashSet<>();
    for (Opinion o : opinions) {
      allowed(
          ConsultationStep.Kind.DELIBERATE,
          participant(o.participant()).isPresent(),
          o.participant() + " does not take part",
          at);
      allowed(
          ConsultationStep.Kind.DELIBERATE,
          seen.add(o.participant()),
          o.participant() + " has two opinions recorded",
          at);
    }
    return with(next(ConsultationStep.Kind.DELIBERATE, by, at).addAllOpinions(opinions).build());
  }

  /** 作出决定 — the decision, counted by one of {@link Consultations}' decision methods. */
  public Consultation decide(Actor by, Outcome outcome, Instant at) {
    requireNonNull(outcome, "outcome");
    allowed(
        ConsultationStep.Kind.DECIDE,
        stage() == Stage.DELIBERATED,
        "a decision follows the deliberation",
        at);
    return with(next(ConsultationStep.Kind.DECIDE, by, at).outcome(outcome).build());
  }

  /** 公示 — the adopted decision made public until {@code until}. */
  public Consultation publicise(Actor by, Instant until, Instant at) {
    requireNonNull(until, "until");
    allowed(
        ConsultationStep.Kind.PUBLICISE,
        stage() == Stage.ADOPTED,
        "only an adopted decision is made public",
        at);
    allowed(
        ConsultationStep.Kind.PUBLICISE,
        until.isAfter(at),
        "the end of 公示 " + until + " is not after its start",
        at);
    return with(next(ConsultationStep.Kind.PUBLICISE, by, at).publicUntil(until).build());
  }

  /** 组织实施 — the decision carried out, creating {@code orders} and {@code projects}. */
  public Consultation implement(
      Actor by, String note, List<OrderId> orders, List<ProjectId> projects, Instant at) {
    allowed(
        ConsultationStep.Kind.IMPLEMENT,
        stage() == Stage.PUBLICISED,
        "a decision is carried out after 公示",
        at);
    return with(
        next(ConsultationStep.Kind.IMPLEMENT, by, at)
            .note(note)
            .addAllOrders(orders)
            .addAllProjects(projects)
            .build());
  }

  /** 反馈 — participants and residents told how it went: after implementation, or after a decision not adopted. */
  public Consultation feedBack(Actor by, String note, Instant at) {
    allowed(
        ConsultationStep.Kind.FEED_BACK,
        stage() == Stage.IMPLEMENTING || stage() == Stage.NOT_ADOPTED,
        "feedback follows the implementation or a decision not adopted",
        at);
    return with(next(ConsultationStep.Kind.FEED_BACK, by, at).note(note).build());
  }

  /** 撤回 — withdrawn before a decision. */
  public Consultation withdraw(Actor by, String reason, Instant at) {
    allowed(
        ConsultationStep.Kind.WITHDRAW,
        stage() == Stage.PROPOSED || stage() == Stage.NOTIFIED || stage() == Stage.DELIBERATED,
        "only an undecided consultation can be withdrawn",
        at);
    return with(next(ConsultationStep.Kind.WITHDRAW, by, at).note(reason).build());
  }

  private void allowed(ConsultationStep.Kind kind, boolean ok, String why, Instant at) {
    requireNonNull(at, "at");
    if (!ok) {
      throw new IllegalConsultationStepException(id(), stage(), kind, why);
    }
    Instant last = steps().get(steps().size() - 1).at();
    if (at.isBefore(last)) {
      throw new IllegalConsultationStepException(
          id(), stage(), kind, "the time " + at + " is before the last step's " + last);
    }
  }

  private ConsultationStep.Builder next(ConsultationStep.Kind kind, Actor by, Instant at) {
    return ConsultationStep.builder()
        .sequence(steps().size() + 1)
        .kind(kind)
        .actor(requireNonNull(by, "by"))
        .at(at);
  }

  private Consultation with(ConsultationStep step) {
    List<ConsultationStep> all = new ArrayList<>(steps());
    all.add(step);
    return ImmutableConsultation.builder().from(this).steps(all).build();
  }

  /** A new builder: set the topic and participants, then {@link Builder#propose}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Consultation}; {@link #propose} and {@link #build()} throw {@link
   * io.github.gridgov.core.InvalidModelException} on a broken rule.
   */
  public static final class Builder extends ImmutableConsultation.Builder {
    /** 提出议题 — proposed by {@code by} at {@code at}, after a 意见征询 that gathered {@code opinionsGathered} opinions. */
    public Consultation propose(Actor by, int opinionsGathered, Instant at) {
      Checks.check(
          opinionsGathered >= 0,
          "Consultation",
          "opinionsGathered",
          opinionsGathered,
          "must not be negative");
      addStep(
          ConsultationStep.builder()
              .sequence(1)
              .kind(ConsultationStep.Kind.PROPOSE)
              .actor(requireNonNull(by, "by"))
              .at(requireNonNull(at, "at"))
              .opinionsGathered(opinionsGathered)
              .build());
      return build();
    }
  }

  @Value.Check
  void check() {
    Checks.checkName(topic(), 200, "Consultation", "topic");
    Checks.check(
        !participants().isEmpty() && participants().size() <= MAX_PARTICIPANTS,
        "Consultation",
        "participants",
        participants().size(),
        "must be between 1 and %s",
        MAX_PARTICIPANTS);
    Set<ParticipantId> ids = new HashSet<>();
    for (Participant p : participants()) {
      Checks.check(
          ids.add(p.id()),
          "Consultation",
          "participants",
          p.id(),
          "must name each participant once");
    }
    Checks.check(
        matter().isPresent() == (subject() == Subject.COMMON_PROPERTY),
        "Consultation",
        "matter",
        matter().map(Object::toString).orElse("none"),
        "must be named exactly for COMMON_PROPERTY (subject was %s)",
        subject());
    Checks.check(
        sourceOrders().size() <= MAX_ORDERS,
        "Consultation",
        "sourceOrders",
        sourceOrders().size(),
        "must be at most %s",
        MAX_ORDERS);
    Checks.check(
        !steps().isEmpty() && steps().get(0).kind() == ConsultationStep.Kind.PROPOSE,
        "Consultation",
        "steps",
        steps().size(),
        "must start with PROPOSE");
    for (int i = 0; i < steps().size(); i++) {
      ConsultationStep s = steps().get(i);
      Checks.check(
          s.sequence() == i + 1,
          "Consultation",
          "steps",
          s.sequence(),
          "must be numbered 1, 2, ... (step %s)",
          i + 1);
      s.note().ifPresent(n -> Checks.checkText(n, 500, "Consultation", "note"));
      Checks.checkWithin(
          s.at(), ServiceOrder.EARLIEST_TIME, ServiceOrder.LATEST_TIME, "Consultation", "at");
    }
  }
}
