package io.github.gridgov.core.area;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Identifier;
import java.util.Optional;

/**
 * 区域 — a typed reference to one area: a building, compound, grid, community, street, or the
 * whole jurisdiction (district).
 *
 * <p>Used for what a responder covers and where an order is located. Equal when level and id are
 * equal; {@code toString()} is {@code LEVEL:id}, e.g. {@code GRID:G-01}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AreaRef {
  private static final AreaRef DISTRICT = new AreaRef(AreaLevel.DISTRICT, null);

  private final AreaLevel level;
  private final Identifier id;

  /** {@link #id} as returned by {@link #id()}, made once: registries and rules ask for it often. */
  private final Optional<Identifier> optionalId;

  private AreaRef(AreaLevel level, Identifier id) {
    this.level = level;
    this.id = id;
    this.optionalId = Optional.ofNullable(id);
  }

  /** The building {@code id}. */
  public static AreaRef of(BuildingId id) {
    return new AreaRef(AreaLevel.BUILDING, requireNonNull(id, "id"));
  }

  /** The compound {@code id}. */
  public static AreaRef of(CompoundId id) {
    return new AreaRef(AreaLevel.COMPOUND, requireNonNull(id, "id"));
  }

  /** The grid {@code id}. */
  public static AreaRef of(GridId id) {
    return new AreaRef(AreaLevel.GRID, requireNonNull(id, "id"));
  }

  /** The community {@code id}. */
  public static AreaRef of(CommunityId id) {
    return new AreaRef(AreaLevel.COMMUNITY, requireNonNull(id, "id"));
  }

  /** The street {@code id}. */
  public static AreaRef of(StreetId id) {
    return new AreaRef(AreaLevel.STREET, requireNonNull(id, "id"));
  }

  /** The whole jurisdiction (区): what district departments cover. */
  public static AreaRef district() {
    return DISTRICT;
  }

  /** The level of the area. */
  public AreaLevel level() {
    return level;
  }

  /** The identifier of the area; empty for the district. */
  public Optional<Identifier> id() {
    return optionalId;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AreaRef other)) {
      return false;
    }

    return level == other.level && (id == null ? other.id == null : id.equals(other.id));
  }

  @Override
  public int hashCode() {
    return level.hashCode() * 31 + (id == null ? 0 : id.hashCode());
  }

  /**
   * The area {@code text} names, the inverse of {@link #toString()}: {@code LEVEL:id} with a level of
   * {@code BUILDING}, {@code COMPOUND}, {@code GRID}, {@code COMMUNITY} or {@code STREET}, or
   * {@code DISTRICT}. The id follows the first colon and may hold colons itself.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the text has another form or the id
   *     breaks the identifier rules; the message quotes the text shortened
   */
  public static AreaRef parse(String text) {
    requireNonNull(text, "text");
    if (text.equals("DISTRICT")) {
      return DISTRICT;
    }
    int colon = text.indexOf(':');
    String level = colon < 0 ? "" : text.substring(0, colon);
    String id = colon < 0 ? "" : text.substring(colon + 1);
    return switch (level) {
      case "BUILDING" -> of(BuildingId.of(id));
      case "COMPOUND" -> of(CompoundId.of(id));
      case "GRID" -> of(GridId.of(id));
      case "COMMUNITY" -> of(CommunityId.of(id));
      case "STREET" -> of(StreetId.of(id));
      default ->
          throw io.github.gridgov.core.internal.Checks.invalid(
              "AreaRef",
              "text",
              io.github.gridgov.core.internal.Checks.abbreviate(text),
              "must be LEVEL:id with a level of BUILDING, COMPOUND, GRID, COMMUNITY or STREET, or DISTRICT");
    };
  }

  /** {@code LEVEL:id}, or {@code DISTRICT} for the whole jurisdiction; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    return id == null ? level.name() : level.name() + ":" + id;
  }
}
