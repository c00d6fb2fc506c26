package io.github.gridgov.core.people;

/**
 * 个人信息 — the base of every personal-data value ({@link PersonName}, {@link PhoneNumber},
 * {@link IdCardNumber}): validated when created, shown only masked.
 *
 * <p>{@code toString()} returns {@link #masked()}, so personal data reaches log lines, exception
 * messages and {@code toString()} of the values that hold it only in masked form; {@link
 * #clearText()} is the one explicit way to read it. Two values are equal when they are of the same
 * class and have the same clear text.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract class PersonalData {
  private final String value;

  PersonalData(String value) {
    this.value = value;
  }

  /** The value in clear. Personal data: do not log it or show it unmasked. */
  public final String clearText() {
    return value;
  }

  /** The masked form, safe to show and log. */
  public abstract String masked();

  // values of two types are never equal, whatever they hold: a building id is not a grid id
  @SuppressWarnings("EqualsGetClass")
  @Override
  public final boolean equals(Object other) {
    return other == this
        || (other != null
            && other.getClass() == getClass()
            && ((PersonalData) other).value.equals(value));
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The masked form: never the clear text. */
  @Override
  public final String toString() {
    return masked();
  }
}
