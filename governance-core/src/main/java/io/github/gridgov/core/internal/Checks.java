package io.github.gridgov.core.internal;

import com.google.common.base.Strings;
import io.github.gridgov.core.InvalidModelException;

/**
 * The one helper behind every {@code @Value.Check}: throws {@link InvalidModelException} naming
 * the type, the field, the shown value and the rule. Not API.
 */
public final class Checks {
  private Checks() {}

  /**
   * Throws unless {@code ok}.
   *
   * @param shownValue the value as it may be shown; callers mask personal data first
   */
  public static void check(boolean ok, String type, String field, Object shownValue, String rule) {
    if (!ok) {
      throw invalid(type, field, shownValue, rule);
    }
  }

  /**
   * Throws unless {@code ok}; the rule is a {@code %s} template formatted only on failure, so a
   * passing check costs no string building.
   */
  public static void check(
      boolean ok, String type, String field, Object shownValue, String ruleTemplate, Object arg) {
    if (!ok) {
      throw invalid(type, field, shownValue, ruleTemplate, arg);
    }
  }

  /** As {@link #check(boolean, String, String, Object, String, Object)}, with two arguments. */
  public static void check(
      boolean ok,
      String type,
      String field,
      Object shownValue,
      String ruleTemplate,
      Object arg1,
      Object arg2) {
    if (!ok) {
      throw invalid(type, field, shownValue, ruleTemplate, arg1, arg2);
    }
  }

  /** Throws unless {@code from} ≤ {@code at} &lt; {@code until}. */
  public static void checkWithin(
      java.time.Instant at,
      java.time.Instant from,
      java.time.Instant until,
      String type,
      String field) {
    check(
        !at.isBefore(from) && at.isBefore(until),
        type,
        field,
        at,
        "must lie in [%s, %s)",
        from,
        until);
  }

  /** The exception for a broken rule; {@code ruleTemplate} is formatted with {@code args}. */
  public static InvalidModelException invalid(
      String type, String field, Object shownValue, String ruleTemplate, Object... args) {
    String rule = args.length == 0 ? ruleTemplate : Strings.lenientFormat(ruleTemplate, args);
    return new InvalidModelException(type, field, String.valueOf(shownValue), rule);
  }

  /**
   * Throws unless {@code value} is free text fit to store and show: non-blank, at most {@code max}
   * characters, and free of characters that spoof a screen or a log line — control characters
   * other than line feed and tab, bidirectional overrides and isolates, zero-width characters and
   * other invisible format characters. The message never quotes the text (it may hold personal
   * data): it gives its length and, for a bad character, its code point and position.
   */
  public static void checkText(String value, int max, String type, String field) {
    checkText(value, max, type, field, true);
  }

  /**
   * As {@link #checkText(String, int, String, String)} for a name shown on one line (an area, a
   * unit, an organisation): no line feed or tab either.
   */
  public static void checkName(String value, int max, String type, String field) {
    checkText(value, max, type, field, false);
  }

  private static void checkText(
      String value, int max, String type, String field, boolean multiline) {
    if (value.isBlank()) {
      throw invalid(type, field, described(value), "must not be blank");
    }
    if (value.length() > max) {
      throw invalid(type, field, described(value), "must be at most %s characters", max);
    }
    int bad = firstUnsafe(value, multiline);
    if (bad >= 0) {
      throw invalid(
          type,
          field,
          described(value),
          "must not contain %s",
          unsafeName(value.codePointAt(bad), bad));
    }
  }

  /**
   * The index of the first character that spoofs a screen or a log line, or -1: a control
   * character (line feed and tab allowed when {@code multiline}), or an invisible format
   * character (Unicode category Cf: bidirectional controls, zero-width characters, BOM).
   */
  public static int firstUnsafe(String value, boolean multiline) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      boolean allowed = multiline && (c == '\n' || c == '\t');
      if (!allowed && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  private static String unsafeName(int c, int at) {
    return String.format(
        java.util.Locale.ROOT, "control or invisible characters (U+%04X at %d)", c, at);
  }

  /** A text described without quoting it: {@code (12 characters)}. */
  public static String described(String value) {
    return value.length() == 1 ? "(1 character)" : "(" + value.length() + " characters)";
  }

  /**
   * Shortens a non-personal value (an id, a code) for a message, never beyond 40 characters, with
   * invisible and control characters shown as {@code ?}.
   */
  public static String abbreviate(String value) {
    String shown = value.length() <= 40 ? value : value.substring(0, 37) + "...";
    StringBuilder b = new StringBuilder(shown.length());
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      b.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c);
    }
    return b.toString();
  }

  /**
   * An invalid personal value as a message may show it: masked like a valid one (first
   * {@code keepStart}, last {@code keepEnd} characters) only when it has the valid length
   * {@code length}; otherwise only its length — so a message never shows more of a value than its
   * mask would, and stays short whatever the input.
   */
  public static String maskInvalid(String value, int length, int keepStart, int keepEnd) {
    return value.length() == length ? maskMiddle(value, keepStart, keepEnd) : described(value);
  }

  /** Throws unless {@code phone} is a public service number: 3–20 digits and '-'. */
  public static void checkServicePhone(String phone, String type, String field) {
    boolean ok =
        phone.length() >= 3
            && phone.length() <= 20
            && phone.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '-');
    if (!ok) {
      throw invalid(type, field, abbreviate(phone), "must be 3-20 digits or '-'");
    }
  }

  /**
   * Masks all but the first {@code keepStart} and last {@code keepEnd} characters with '*'; a
   * value too short to keep anything is masked whole. Used for invalid personal input.
   */
  public static String maskMiddle(String value, int keepStart, int keepEnd) {
    int n = value.length();
    if (n <= keepStart + keepEnd) {
      return "*".repeat(n);
    }
    return value.substring(0, keepStart)
        + "*".repeat(n - keepStart - keepEnd)
        + value.substring(n - keepEnd);
  }
}
