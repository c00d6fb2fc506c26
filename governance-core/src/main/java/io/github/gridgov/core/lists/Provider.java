package io.github.gridgov.core.lists;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Identifier;
import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.core.people.TeamId;
import java.util.Optional;

/**
 * 提供方 — who offers a resource or claims a project: a member unit, a volunteer team or one
 * responder (e.g. a party member with a skill).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Provider implements Comparable<Provider> {
  /** What a provider is. */
  public enum Kind implements Labelled {
    /** 成员单位. */
    MEMBER_UNIT,
    /** 志愿服务队. */
    TEAM,
    /** 个人 — a responder. */
    RESPONDER
  }

  private final Kind kind;
  private final Identifier id;

  private Provider(Kind kind, Identifier id) {
    this.kind = kind;
    this.id = requireNonNull(id, "id");
  }

  /** A member unit. */
  public static Provider of(MemberUnitId unit) {
    return new Provider(Kind.MEMBER_UNIT, unit);
  }

  /** A volunteer team. */
  public static Provider of(TeamId team) {
    return new Provider(Kind.TEAM, team);
  }

  /** One responder. */
  public static Provider of(ResponderId responder) {
    return new Provider(Kind.RESPONDER, responder);
  }

  /** What it is. */
  public Kind kind() {
    return kind;
  }

  /** Its identifier. */
  public Identifier id() {
    return id;
  }

  /** The member unit, if it is one. */
  public Optional<MemberUnitId> unit() {
    return kind == Kind.MEMBER_UNIT ? Optional.of((MemberUnitId) id) : Optional.empty();
  }

  /** The team, if it is one. */
  public Optional<TeamId> team() {
    return kind == Kind.TEAM ? Optional.of((TeamId) id) : Optional.empty();
  }

  /** The responder, if it is one. */
  public Optional<ResponderId> responder() {
    return kind == Kind.RESPONDER ? Optional.of((ResponderId) id) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Provider provider && provider.kind == kind && provider.id.equals(id);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + id.hashCode();
  }

  /** By kind, then identifier. */
  @Override
  public int compareTo(Provider o) {
    int byKind = kind.compareTo(o.kind);
    return byKind != 0 ? byKind : id.compareTo(o.id);
  }

  /** The identifier, e.g. {@code MU-hospital}. */
  @Override
  public String toString() {
    return id.toString();
  }
}
