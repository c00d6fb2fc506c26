package io.github.gridgov.core.internal;

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
      throw new InvalidModelException(type, field, String.valueOf(shownValue), rule);
    }
  }

  /** Throws unless {@code value} is non-blank and at most {@code max} characters. */
  public static void checkText(String value, int max, String type, String field) {
    check(!value.isBlank(), type, field, value, "must not be blank");
    check(value.length() <= max, type, field, abbreviate(value),
        "must be at most " + max + " characters (was " + value.length() + ")");
  }

  /** Shortens long text for a message. */
  public static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 37) + "...";
  }

  /** Throws unless {@code phone} is a public service number: 3–20 digits and '-'. */
  public static void checkServicePhone(String phone, String type, String field) {
    boolean ok = phone.length() >= 3 && phone.length() <= 20
        && phone.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '-');
    check(ok, type, field, abbreviate(phone), "must be 3-20 digits or '-'");
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
    return value.substring(0, keepStart) + "*".repeat(n - keepStart - keepEnd)
        + value.substring(n - keepEnd);
  }
}
