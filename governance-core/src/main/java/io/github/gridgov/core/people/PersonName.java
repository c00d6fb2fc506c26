package io.github.gridgov.core.people;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.internal.Checks;

/**
 * 姓名 — a person's name, Chinese or not.
 *
 * <p>Non-blank, at most {@value #MAX_LENGTH} characters, no digits, no control characters and no
 * invisible format characters (bidirectional overrides, zero-width characters), which could spoof
 * a screen or a log line.
 * Personal data: {@code toString()} shows the masked form — {@code 张*} for two characters,
 * {@code 王*明} for three, {@code 欧阳*明} for four or more (first two kept, then one '*', then the
 * last) — and {@link #clearText()} reads the name.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PersonName extends PersonalData {
  /** The longest name accepted. */
  public static final int MAX_LENGTH = 50;

  private PersonName(String value) {
    super(value);
  }

  /**
   * Returns the name, trimmed.
   *
   * @throws io.github.gridgov.core.InvalidModelException if it is blank, too long, or holds a
   *     digit or a control character (the value in the message is masked)
   */
  public static PersonName of(String text) {
    requireNonNull(text, "text");
    String v = text.strip();
    Checks.check(!v.isEmpty(), "PersonName", "value", "", "must not be blank");
    if (v.length() > MAX_LENGTH) {
      throw Checks.invalid(
          "PersonName",
          "value",
          mask(v),
          "must be at most %s characters (was %s)",
          MAX_LENGTH,
          v.length());
    }
    if (v.codePoints()
        .anyMatch(
            c ->
                Character.isDigit(c)
                    || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT)) {
      throw Checks.invalid(
          "PersonName",
          "value",
          mask(v),
          "must not contain digits, control characters or invisible format characters (bidi, zero-width)");
    }
    return new PersonName(v);
  }

  static String mask(String v) {
    int n = v.codePointCount(0, v.length());
    if (n == 1) {
      return "*";
    }
    int[] cps = v.codePoints().toArray();
    if (n == 2) {
      return new String(cps, 0, 1) + "*";
    }
    int keep = n == 3 ? 1 : 2;
    return new String(cps, 0, keep) + "*" + new String(cps, n - 1, 1);
  }

  /** The masked form, e.g. {@code 张*}, {@code 欧阳*明}. */
  @Override
  public String masked() {
    return mask(clearText());
  }
}
