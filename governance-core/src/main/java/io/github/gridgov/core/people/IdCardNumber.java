package io.github.gridgov.core.people;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.internal.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 公民身份号码 — an 18-character resident ID number under GB 11643-1999.
 *
 * <p>Layout: 6-digit address code, 8-digit birth date {@code yyyyMMdd}, 3-digit sequence (odd for
 * men, even for women), 1 check character computed by ISO 7064 MOD 11-2 ({@code 0}–{@code 9} or
 * {@code X}). A lower-case {@code x} is accepted and stored upper-case.
 *
 * <p>Personal data: {@code toString()} and every message show only the masked form
 * {@code 110105********123X}; {@link #clearText()} reads the full number.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IdCardNumber extends PersonalData {
  /**
   * The birth years accepted, 1900–2099: a real birth date of a living person, without reading a
   * clock (our bounds; a host that knows today's date may check tighter).
   */
  public static final int EARLIEST_BIRTH_YEAR = 1900;

  /** See {@link #EARLIEST_BIRTH_YEAR}. */
  public static final int LATEST_BIRTH_YEAR = 2099;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private IdCardNumber(String value) {
    super(value);
  }

  /**
   * Reads an ID number.
   *
   * @throws io.github.gridgov.core.InvalidModelException if it is not 17 digits and a check
   *     character, the birth date is not a real date of {@value #EARLIEST_BIRTH_YEAR}–{@value
   *     #LATEST_BIRTH_YEAR}, or the check character is wrong (the message shows the value masked
   *     as a valid number would be, or only its length)
   */
  public static IdCardNumber of(String text) {
    requireNonNull(text, "text");
    String v = text.trim().toUpperCase(java.util.Locale.ROOT);
    boolean shape = v.length() == 18;
    for (int i = 0; shape && i < 17; i++) {
      shape = v.charAt(i) >= '0' && v.charAt(i) <= '9';
    }
    char last = shape ? v.charAt(17) : ' ';
    shape = shape && ((last >= '0' && last <= '9') || last == 'X');
    if (!shape) {
      throw Checks.invalid(
          "IdCardNumber",
          "value",
          Checks.maskInvalid(v, 18, 6, 4),
          "must be 17 digits followed by a digit or X (GB 11643)");
    }
    if (parseBirthDate(v) == null) {
      throw Checks.invalid(
          "IdCardNumber",
          "birthDate",
          Checks.maskInvalid(v, 18, 6, 4),
          "must hold a real birth date of 1900-2099 in positions 7-14 (GB 11643)");
    }
    if (last != checkCharacter(v)) {
      throw Checks.invalid(
          "IdCardNumber",
          "checkDigit",
          Checks.maskInvalid(v, 18, 6, 4),
          "has a wrong check character (ISO 7064 MOD 11-2, GB 11643)");
    }
    return new IdCardNumber(v);
  }

  /** The ISO 7064 MOD 11-2 check character for the first 17 digits of {@code v}. */
  public static char checkCharacter(CharSequence v) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (v.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  private static LocalDate parseBirthDate(String v) {
    int year = Integer.parseInt(v.substring(6, 10));
    if (year < EARLIEST_BIRTH_YEAR || year > LATEST_BIRTH_YEAR) {
      return null;
    }
    try {
      return LocalDate.of(
          year, Integer.parseInt(v.substring(10, 12)), Integer.parseInt(v.substring(12, 14)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The birth date encoded in positions 7–14. */
  public LocalDate birthDate() {
    return parseBirthDate(clearText());
  }

  /** The sex encoded in the 17th digit: odd for male, even for female. */
  public Sex sex() {
    return (clearText().charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** The 6-digit address code of the place of first registration. */
  public String addressCode() {
    return clearText().substring(0, 6);
  }

  /** {@code 110105********123X}: first 6 and last 4 kept. */
  @Override
  public String masked() {
    return clearText().substring(0, 6) + "********" + clearText().substring(14);
  }
}
