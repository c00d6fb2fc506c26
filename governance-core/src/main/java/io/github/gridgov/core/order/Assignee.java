package io.github.gridgov.core.order;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Identifier;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.TeamId;
import java.util.Optional;

/**
 * 承办人 — who owns an order: one responder or one volunteer team.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Assignee implements Comparable<Assignee> {
  private final ResponderId responder;
  private final TeamId team;

  private Assignee(ResponderId responder, TeamId team) {
    this.responder = responder;
    this.team = team;
  }

  /** A responder owns the order. */
  public static Assignee of(ResponderId responder) {
    return new Assignee(requireNonNull(responder, "responder"), null);
  }

  /** A volunteer team owns the order. */
  public static Assignee of(TeamId team) {
    return new Assignee(null, requireNonNull(team, "team"));
  }

  /** The responder, if a responder owns the order. */
  public Optional<ResponderId> responder() {
    return Optional.ofNullable(responder);
  }

  /** Whether a volunteer team (not a responder) owns the order. */
  public boolean isTeam() {
    return team != null;
  }

  /** The responder's or the team's id. */
  public Identifier id() {
    return team != null ? team : responder;
  }

  /** The team, if a team owns the order. */
  public Optional<TeamId> team() {
    return Optional.ofNullable(team);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Assignee other)) {
      return false;
    }

    return responder == null ? team.equals(other.team) : responder.equals(other.responder);
  }

  @Override
  public int hashCode() {
    return responder == null ? team.hashCode() * 31 + 1 : responder.hashCode();
  }

  /** Responders before teams, then by id: the order of {@link #toString()}. */
  @Override
  public int compareTo(Assignee other) {
    if (responder != null) {
      return other.responder != null ? responder.compareTo(other.responder) : -1;
    }
    return other.team != null ? team.compareTo(other.team) : 1;
  }

  /**
   * The assignee {@code text} names, the inverse of {@link #toString()}: {@code responder:id} or
   * {@code team:id}.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the text has another form or the id
   *     breaks the identifier rules
   */
  public static Assignee parse(String text) {
    java.util.Objects.requireNonNull(text, "text");
    if (text.startsWith("responder:")) {
      return of(ResponderId.of(text.substring("responder:".length())));
    }
    if (text.startsWith("team:")) {
      return of(TeamId.of(text.substring("team:".length())));
    }
    throw io.github.gridgov.core.internal.Checks.invalid(
        "Assignee",
        "text",
        io.github.gridgov.core.internal.Checks.abbreviate(text),
        "must be responder:id or team:id");
  }

  /** {@code responder:id} or {@code team:id}; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    return responder == null ? "team:" + team : "responder:" + responder;
  }
}
