package io.github.gridgov.core.lists;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Rating;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.ResponderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * 项目 — one entry of a community's projects list (项目清单): several needs answered together,
 * claimed (认领) by a member unit, team or responder, carried out and evaluated by residents, each
 * step on its trail like an order's.
 *
 * <p>Steps: {@link #list} puts it on the list; {@link #claim} (once, while listed), {@link
 * #progress} (after the claim), {@link #complete} (with the volunteers who served and their hours),
 * {@link #evaluate} (after completion, once per evaluator), {@link #cancel} (before completion).
 * A step the status does not allow throws {@link IllegalProjectStepException} and changes nothing;
 * times never go back.
 *
 * <p>Rules: the name is 1–100 characters; 1–{@value #MAX_NEEDS} needs, each once; notes are 1–500
 * characters; hours each more than 0 and at most 24 with at most 2 decimals.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Project {
  /** The most needs one project answers (ours: a bound on stored size). */
  public static final int MAX_NEEDS = 1_000;

  Project() {}

  /** The identifier. */
  public abstract ProjectId id();

  /** The name, e.g. {@code 老旧小区停车位改造}. */
  public abstract String name();

  /** The community whose list it is on. */
  public abstract CommunityId community();

  /** The needs it answers. */
  public abstract List<NeedId> needs();

  /** The trail, first step first. */
  public abstract List<ProjectStep> steps();

  /** Where it stands, from its trail. */
  @Value.Derived
  public ProjectStatus status() {
    ProjectStatus s = ProjectStatus.LISTED;
    for (ProjectStep step : steps()) {
      switch (step.kind()) {
        case CLAIM -> s = ProjectStatus.CLAIMED;
        case PROGRESS -> s = ProjectStatus.IN_PROGRESS;
        case COMPLETE -> s = ProjectStatus.COMPLETED;
        case CANCEL -> s = ProjectStatus.CANCELLED;
        default -> {}
      }
    }
    return s;
  }

  /** Who claimed it. */
  public Optional<Provider> claimer() {
    return steps().stream()
        .filter(s -> s.kind() == ProjectStep.Kind.CLAIM)
        .findFirst()
        .flatMap(ProjectStep::claimer);
  }

  /** The resource its claimer brings. */
  public Optional<ResourceId> resource() {
    return steps().stream()
        .filter(s -> s.kind() == ProjectStep.Kind.CLAIM)
        .findFirst()
        .flatMap(ProjectStep::resource);
  }

  /** The completion step, once completed. */
  public Optional<ProjectStep> completion() {
    return steps().stream().filter(s -> s.kind() == ProjectStep.Kind.COMPLETE).findFirst();
  }

  /** Residents' evaluations, in the order given. */
  public List<Rating> evaluations() {
    return steps().stream()
        .filter(s -> s.kind() == ProjectStep.Kind.EVALUATE)
        .map(s -> s.rating().get())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * 立项 — a new project on the list, answering {@code needs}.
   *
   * @throws io.github.gridgov.core.InvalidModelException if a rule of the class comment is broken
   */
  public static Project list(
      ProjectId id, String name, CommunityId community, List<NeedId> needs, Actor by, Instant at) {
    return ImmutableProject.builder()
        .id(id)
        .name(name)
        .community(community)
        .addAllNeeds(needs)
        .addStep(
            ProjectStep.builder().sequence(1).kind(ProjectStep.Kind.LIST).actor(by).at(at).build())
        .build();
  }

  /** 认领 — {@code claimer} takes the project on, bringing {@code resource}. */
  public Project claim(Actor by, Provider claimer, ResourceId resource, Instant at) {
    requireNonNull(claimer, "claimer");
    requireNonNull(resource, "resource");
    allowed(
        ProjectStep.Kind.CLAIM,
        status() == ProjectStatus.LISTED,
        "only a listed project can be claimed",
        at);
    return with(next(ProjectStep.Kind.CLAIM, by, at).claimer(claimer).resource(resource).build());
  }

  /** 进展 — a progress note. */
  public Project progress(Actor by, String note, Instant at) {
    allowed(
        ProjectStep.Kind.PROGRESS,
        status() == ProjectStatus.CLAIMED || status() == ProjectStatus.IN_PROGRESS,
        "progress needs a claimed project",
        at);
    return with(next(ProjectStep.Kind.PROGRESS, by, at).note(note).build());
  }

  /** 完成 — done by {@code volunteers}, each serving {@code hoursEach} hours. */
  public Project complete(
      Actor by, String summary, List<ResponderId> volunteers, BigDecimal hoursEach, Instant at) {
    requireNonNull(hoursEach, "hoursEach");
    allowed(
        ProjectStep.Kind.COMPLETE,
        status() == ProjectStatus.CLAIMED || status() == ProjectStatus.IN_PROGRESS,
        "only a claimed project can be completed",
        at);
    Checks.check(
        hoursEach.signum() > 0
            && hoursEach.compareTo(BigDecimal.valueOf(24)) <= 0
            && hoursEach.stripTrailingZeros().scale() <= 2,
        "Project",
        "hoursEach",
        hoursEach.toPlainString(),
        "must be more than 0 and at most 24, with at most 2 decimals");
    Checks.check(
        new HashSet<>(volunteers).size() == volunteers.size(),
        "Project",
        "volunteers",
        volunteers.size(),
        "must name each volunteer once");
    return with(
        next(ProjectStep.Kind.COMPLETE, by, at)
            .note(summary)
            .addAllVolunteers(volunteers)
            .hoursEach(hoursEach)
            .build());
  }

  /** 评价 — a resident's evaluation of the completed project; one per evaluator. */
  public Project evaluate(Actor by, Rating rating, Instant at) {
    requireNonNull(rating, "rating");
    allowed(
        ProjectStep.Kind.EVALUATE,
        status() == ProjectStatus.COMPLETED,
        "only a completed project can be evaluated",
        at);
    allowed(
        ProjectStep.Kind.EVALUATE,
        steps().stream()
            .noneMatch(s -> s.kind() == ProjectStep.Kind.EVALUATE && s.actor().equals(by)),
        by + " has already evaluated it",
        at);
    return with(next(ProjectStep.Kind.EVALUATE, by, at).rating(rating).build());
  }

  /** 撤销 — withdrawn before completion. */
  public Project cancel(Actor by, String reason, Instant at) {
    allowed(
        ProjectStep.Kind.CANCEL,
        !status().isFinal(),
        "a completed or cancelled project cannot be cancelled",
        at);
    return with(next(ProjectStep.Kind.CANCEL, by, at).note(reason).build());
  }

  private void allowed(ProjectStep.Kind kind, boolean ok, String why, Instant at) {
    requireNonNull(at, "at");
    if (!ok) {
      throw new IllegalProjectStepException(id(), status(), kind, why);
    }
    Instant last = steps().get(steps().size() - 1).at();
    if (at.isBefore(last)) {
      throw new IllegalProjectStepException(
          id(), status(), kind, "the time " + at + " is before the last step's " + last);
    }
  }

  private ProjectStep.Builder next(ProjectStep.Kind kind, Actor by, Instant at) {
    return ProjectStep.builder()
        .sequence(steps().size() + 1)
        .kind(kind)
        .actor(requireNonNull(by, "by"))
        .at(at);
  }

  private Project with(ProjectStep step) {
    List<ProjectStep> all = new ArrayList<>(steps());
    all.add(step);
    return ImmutableProject.builder().from(this).steps(all).build();
  }

  @Value.Check
  void check() {
    Checks.checkName(name(), 100, "Project", "name");
    Checks.check(
        !needs().isEmpty() && needs().size() <= MAX_NEEDS,
        "Project",
        "needs",
        needs().size(),
        "must be between 1 and %s",
        MAX_NEEDS);
    Checks.check(
        new HashSet<>(needs()).size() == needs().size(),
        "Project",
        "needs",
        needs().size(),
        "must name each need once");
    Checks.check(
        !steps().isEmpty() && steps().get(0).kind() == ProjectStep.Kind.LIST,
        "Project",
        "steps",
        steps().size(),
        "must start with LIST");
    for (int i = 0; i < steps().size(); i++) {
      ProjectStep s = steps().get(i);
      Checks.check(
          s.sequence() == i + 1,
          "Project",
          "steps",
          s.sequence(),
          "must be numbered 1, 2, ... (step %s)",
          i + 1);
      s.note().ifPresent(n -> Checks.checkText(n, 500, "Project", "note"));
      Checks.checkWithin(
          s.at(), ServiceOrder.EARLIEST_TIME, ServiceOrder.LATEST_TIME, "Project", "at");
    }
  }
}
