package io.github.gridgov.core;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.internal.Checks;

/**
 * The base of the open catalogue types ({@code Skill}, {@code Category}): a code of 1–{@value
 * #MAX_LENGTH} characters of {@code [a-z0-9-]}, e.g. {@code water-leak}. Platforms add their own
 * codes next to the constants we ship. Two codes are equal when they are of the same class and
 * have the same text; {@code toString()} is the code. A code is {@link Labelled}: ours carry
 * Chinese and English labels ({@code Category.water-leak=漏水}), a platform's own read as their code
 * until it gives them texts ({@link Texts#withOverrides(java.util.ResourceBundle)}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract class Code implements Comparable<Code>, Labelled {
  /** The longest code accepted. */
  public static final int MAX_LENGTH = 40;

  private final String code;

  /**
   * Validates and stores the code.
   *
   * @throws InvalidModelException if it is empty, too long or has a character outside
   *     {@code [a-z0-9-]}
   */
  protected Code(String code) {
    requireNonNull(code, "code");
    if (!isValid(code)) {
      throw Checks.invalid(
          getClass().getSimpleName(),
          "code",
          Checks.abbreviate(code),
          "must be 1-40 characters of [a-z0-9-]");
    }
    this.code = code;
  }

  /** Whether {@code text} is a valid code: 1–40 characters of {@code [a-z0-9-]}. */
  public static boolean isValid(String text) {
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** The code, e.g. {@code plumbing}. */
  public final String code() {
    return code;
  }

  // values of two types are never equal, whatever they hold: a building id is not a grid id
  @SuppressWarnings("EqualsGetClass")
  @Override
  public final boolean equals(Object other) {
    return other == this
        || (other != null && other.getClass() == getClass() && ((Code) other).code.equals(code));
  }

  @Override
  public final int hashCode() {
    return code.hashCode();
  }

  /** Orders by class name, then by code. */
  @Override
  public final int compareTo(Code other) {
    int byType = getClass().getName().compareTo(other.getClass().getName());
    return byType != 0 ? byType : code.compareTo(other.code);
  }

  /** The code. */
  @Override
  public final String toString() {
    return code;
  }
}
