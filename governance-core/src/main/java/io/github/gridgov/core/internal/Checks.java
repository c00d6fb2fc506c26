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
  public static void check(boolean ok, String type, String field, Object shownValue,
      String ruleTemplate, Object arg) {
    if (!ok) {
      throw invalid(type, field, shownValue, ruleTemplate, arg);
    }
  }

  /** As {@link #check(boolean, String, String, Object, String, Object)}, with two arguments. */
  public static void check(boolean ok, String type, String field, Object shownValue,
      String ruleTemplate, Object arg1, Object arg2) {
    if (!ok) {
      throw invalid(type, field, shownValue, ruleTemplate, arg1, arg2);
    }
  }

  /** The exception for a broken rule; {@code ruleTemplate} is formatted with {@code args}. */
  public static InvalidModelException invalid(String type, String field, Object shownValue,
      String ruleTemplate, Object... args) {
    String rule = args.length == 0 ? ruleTemplate : Strings.lenientFormat(ruleTemplate, args);
    return new InvalidModelException(type, field, String.valueOf(shownValue), rule);
  }

  /** Throws unless {@code value} is non-blank and at most {@code max} characters. */
  public static void checkText(String value, int max, String type, String field) {
    if (value.isBlank()) {
      throw invalid(type, field, value, "must not be blank");
    }
    if (value.length() > max) {
      throw invalid(type, field, abbreviate(value), "must be at most %s characters (was %s)", max,
          value.length());
    }
  }

  /** Shortens long text for a message. */
  public static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 37) + "...";
  }

  /** Throws unless {@code phone} is a public service number: 3–20 digits and '-'. */
  public static void checkServicePhone(String phone, String type, String field) {
    boolean ok = phone.length() >= 3 && phone.length() <= 20
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
    return value.substring(0, keepStart) + "*".repeat(n - keepStart - keepEnd)
        + value.substring(n - keepEnd);
  }
}
