package io.github.gridgov.core.order;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Identifier;
import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.people.ResidentId;
import io.github.gridgov.core.people.ResponderId;

/**
 * 操作人 — the party that takes a lifecycle step: a resident, a responder, a member of the host
 * platform's staff (dispatcher, callback operator) or an automatic system.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Actor {
  /** The kinds of acting party. */
  public enum Kind implements Labelled {
    /** 居民 — e.g. the requester rating or withdrawing the order. */
    RESIDENT,
    /** 处置人 — the owner accepting or resolving. */
    RESPONDER,
    /** 工作人员 — the platform's dispatcher, reviewer or callback operator. */
    STAFF,
    /** 系统 — an automatic step, e.g. an escalation timer. */
    SYSTEM
  }

  private final Kind kind;
  private final String id;

  private Actor(Kind kind, String id) {
    this.kind = kind;
    this.id = id;
  }

  /** A resident acts. */
  public static Actor resident(ResidentId resident) {
    return new Actor(Kind.RESIDENT, resident.value());
  }

  /** A responder acts. */
  public static Actor responder(ResponderId responder) {
    return new Actor(Kind.RESPONDER, responder.value());
  }

  /**
   * A member of the platform's staff acts.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the id breaks the identifier rules
   */
  public static Actor staff(String staffId) {
    return new Actor(Kind.STAFF, checkedId(staffId));
  }

  /**
   * An automatic system acts.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the name breaks the identifier rules
   */
  public static Actor system(String systemName) {
    return new Actor(Kind.SYSTEM, checkedId(systemName));
  }

  private static String checkedId(String id) {
    requireNonNull(id, "id");
    boolean ok =
        !id.isEmpty()
            && id.length() <= Identifier.MAX_LENGTH
            && id.chars().allMatch(c -> Identifier.isAllowed((char) c));
    if (!ok) {
      throw Checks.invalid(
          "Actor", "id", Checks.abbreviate(id), "must be 1-64 characters of [A-Za-z0-9._:-]");
    }
    return id;
  }

  /** The kind of party. */
  public Kind kind() {
    return kind;
  }

  /** The party's id. */
  public String id() {
    return id;
  }

  /** Whether this actor is the responder {@code responder}. */
  public boolean is(ResponderId responder) {
    requireNonNull(responder, "responder");
    return kind == Kind.RESPONDER && id.equals(responder.value());
  }

  /** Whether this actor is the resident {@code resident}. */
  public boolean is(ResidentId resident) {
    requireNonNull(resident, "resident");
    return kind == Kind.RESIDENT && id.equals(resident.value());
  }

  /** Whether this actor is the platform's staff or a system. */
  public boolean isStaffOrSystem() {
    return kind == Kind.STAFF || kind == Kind.SYSTEM;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Actor actor && actor.kind == kind && actor.id.equals(id);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + id.hashCode();
  }

  /**
   * The actor {@code text} names, the inverse of {@link #toString()}: {@code resident:id},
   * {@code responder:id}, {@code staff:id} or {@code system:id}. The id follows the first colon.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the text has another form or the id
   *     breaks the identifier rules
   */
  public static Actor parse(String text) {
    requireNonNull(text, "text");
    int colon = text.indexOf(':');
    String kind = colon < 0 ? "" : text.substring(0, colon);
    String id = colon < 0 ? "" : text.substring(colon + 1);
    return switch (kind) {
      case "resident" -> resident(ResidentId.of(id));
      case "responder" -> responder(ResponderId.of(id));
      case "staff" -> staff(id);
      case "system" -> system(id);
      default ->
          throw Checks.invalid(
              "Actor",
              "text",
              Checks.abbreviate(text),
              "must be resident:id, responder:id, staff:id or system:id");
    };
  }

  /** {@code kind:id} in lower case kind, e.g. {@code staff:D-07}; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}
