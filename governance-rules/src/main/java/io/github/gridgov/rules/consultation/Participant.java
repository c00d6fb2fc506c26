package io.github.gridgov.rules.consultation;

import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.lists.MemberUnitId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 协商参与方 — one participant: the body it speaks for and its role there (e.g. {@code 业委会主任},
 * {@code 3号楼居民代表}), never a person's name.
 *
 * <p>Rules: the role is 1–100 characters; a {@link Body#MEMBER_UNIT} participant names its unit
 * and only it does.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Participant {
  Participant() {}

  /** The identifier within the consultation. */
  public abstract ParticipantId id();

  /** The body it speaks for. */
  public abstract Body body();

  /** Its role there. */
  public abstract String role();

  /** The member unit, for {@link Body#MEMBER_UNIT}. */
  public abstract Optional<MemberUnitId> unit();

  /** A participant of {@code body} in {@code role}. */
  public static Participant of(ParticipantId id, Body body, String role) {
    return ImmutableParticipant.builder().id(id).body(body).role(role).build();
  }

  /** A member unit's participant. */
  public static Participant of(ParticipantId id, MemberUnitId unit, String role) {
    return ImmutableParticipant.builder()
        .id(id)
        .body(Body.MEMBER_UNIT)
        .role(role)
        .unit(unit)
        .build();
  }

  @Value.Check
  void check() {
    Checks.checkName(role(), 100, "Participant", "role");
    Checks.check(
        unit().isPresent() == (body() == Body.MEMBER_UNIT),
        "Participant",
        "unit",
        unit().map(Object::toString).orElse("none"),
        "must be named exactly for a MEMBER_UNIT participant (body was %s)",
        body());
  }
}
