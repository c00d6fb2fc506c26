package io.github.gridgov.core.people;

import io.github.gridgov.core.area.CommunityId;
import io.github.gridgov.core.internal.Checks;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * 志愿服务队 — a volunteer team of a community, with its kind, skills and members.
 *
 * <p>Rules: the name is 1–100 characters; capacity (the most open orders at once) is 1–10,000;
 * a leader, if named, is a member.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class VolunteerTeam implements WithVolunteerTeam {
  VolunteerTeam() {}

  /** The identifier. */
  public abstract TeamId id();

  /** The name, e.g. {@code 红色关爱志愿服务队}. */
  public abstract String name();

  /** The kind. */
  public abstract TeamKind kind();

  /** The community the team belongs to. */
  public abstract CommunityId community();

  /** The skills the team offers. */
  public abstract Set<Skill> skills();

  /** The members, as responders. */
  public abstract Set<ResponderId> members();

  /** The team leader. */
  public abstract Optional<ResponderId> leader();

  /** The most open orders the team takes at once. */
  public abstract int capacity();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VolunteerTeam}; {@link #build()} throws {@link io.github.gridgov.core.InvalidModelException} on a broken rule. */
  public static final class Builder extends ImmutableVolunteerTeam.Builder {}

  @Value.Check
  void check() {
    Checks.checkName(name(), 100, "VolunteerTeam", "name");
    Checks.check(
        capacity() >= 1 && capacity() <= Responder.MAX_CAPACITY,
        "VolunteerTeam",
        "capacity",
        capacity(),
        "must be between 1 and %s",
        Responder.MAX_CAPACITY);
    leader()
        .ifPresent(
            l ->
                Checks.check(
                    members().contains(l),
                    "VolunteerTeam",
                    "leader",
                    l,
                    "must be a member of team %s",
                    id()));
  }
}
