package io.github.gridgov.core.people;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.internal.Checks;

/**
 * 手机号码 — a mainland mobile number: 11 digits, {@code 1[3-9]} then 9 digits.
 *
 * <p>Personal data: {@code toString()} and every message show only the masked form
 * {@code 138****1234}; {@link #clearText()} reads the full number.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PhoneNumber extends PersonalData {
  private PhoneNumber(String digits) {
    super(digits);
  }

  /**
   * Reads a mobile number; spaces and hyphens between digits are ignored, and a leading
   * {@code +86} or {@code 86} country code is dropped.
   *
   * @throws io.github.gridgov.core.InvalidModelException if what is left is not 11 digits that
   *     start with 13–19 (the value in the message is masked)
   */
  public static PhoneNumber of(String text) {
    requireNonNull(text, "text");
    String d = text.replace(" ", "").replace("-", "");
    if (d.startsWith("+86")) {
      d = d.substring(3);
    } else if (d.length() == 13 && d.startsWith("86")) {
      d = d.substring(2);
    }
    boolean ok =
        d.length() == 11
            && d.charAt(0) == '1'
            && d.charAt(1) >= '3'
            && d.charAt(1) <= '9'
            && d.chars().allMatch(c -> c >= '0' && c <= '9');
    if (!ok) {
      throw Checks.invalid(
          "PhoneNumber",
          "value",
          Checks.maskInvalid(d, 11, 3, 2),
          "must be a mobile number of 11 digits starting 13-19");
    }
    return new PhoneNumber(d);
  }

  /** {@code 138****1234}. */
  @Override
  public String masked() {
    return clearText().substring(0, 3) + "****" + clearText().substring(7);
  }
}
