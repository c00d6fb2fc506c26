package io.github.gridgov.core;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.internal.Checks;

/**
 * The base of every typed identifier ({@code GridId}, {@code BuildingId}, …).
 *
 * <p>An identifier is non-blank, at most {@value #MAX_LENGTH} characters of
 * {@code [A-Za-z0-9._:-]} — ASCII only, so that it is safe in URLs, file names and log lines and
 * the registry can store it compactly. Names may be Chinese; identifiers may not. Two identifiers
 * are equal when they are of the same class and have the same value. {@code toString()} returns
 * the raw value.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract class Identifier implements Comparable<Identifier> {
  /** The longest identifier accepted. */
  public static final int MAX_LENGTH = 64;

  private final String value;

  /**
   * Validates and stores the value.
   *
   * @throws InvalidModelException if the value is blank, too long or has a character outside
   *     {@code [A-Za-z0-9._:-]}
   */
  protected Identifier(String value) {
    requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw Checks.invalid(getClass().getSimpleName(), "value", value, "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw Checks.invalid(
          getClass().getSimpleName(),
          "value",
          Checks.abbreviate(value),
          "must be at most %s characters (was %s)",
          MAX_LENGTH,
          value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isAllowed(c)) {
        throw Checks.invalid(
            getClass().getSimpleName(),
            "value",
            Checks.abbreviate(value),
            "must use only [A-Za-z0-9._:-] (found %s at index %s)",
            String.format(java.util.Locale.ROOT, "U+%04X", (int) c),
            i);
      }
    }
    this.value = value;
  }

  /** Whether {@code c} may appear in an identifier. */
  public static boolean isAllowed(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == ':'
        || c == '-';
  }

  /** The raw value. */
  public final String value() {
    return value;
  }

  // values of two types are never equal, whatever they hold: a building id is not a grid id
  @SuppressWarnings("EqualsGetClass")
  @Override
  public final boolean equals(Object other) {
    return other == this
        || (other != null
            && other.getClass() == getClass()
            && ((Identifier) other).value.equals(value));
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Orders by class name, then by value; the stable tie-break the rules use. */
  @Override
  public final int compareTo(Identifier other) {
    int byType = getClass().getName().compareTo(other.getClass().getName());
    return byType != 0 ? byType : value.compareTo(other.value);
  }

  /** The raw value. */
  @Override
  public final String toString() {
    return value;
  }
}
