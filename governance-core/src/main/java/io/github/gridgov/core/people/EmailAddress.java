package io.github.gridgov.core.people;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.internal.Checks;
import java.util.Locale;

/**
 * 电子邮箱 — an e-mail address, as a reporter gives it (Open311 GeoReport v2's {@code email}).
 *
 * <p>Personal data: {@code toString()} and every message show only the masked form {@code
 * z***@example.com} (the first character of the mailbox, then the domain); {@link #clearText()}
 * reads the address. Checked as the common subset of RFC 5321/5322 that mail systems accept: one
 * {@code @}, a mailbox of 1–64 characters of letters, digits and {@code .!#$%&'*+/=?^_`{|}~-}
 * (no leading, trailing or doubled dot), a domain of at least two dot-separated labels of letters,
 * digits and inner hyphens (an internationalised domain in its {@code xn--} form), 254 characters
 * at most. The domain is kept in lower case; the mailbox as given.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EmailAddress extends PersonalData {
  private static final String MAILBOX_SYMBOLS = ".!#$%&'*+/=?^_`{|}~-";

  private EmailAddress(String value) {
    super(value);
  }

  /**
   * Reads an e-mail address; surrounding spaces are ignored.
   *
   * @throws io.github.gridgov.core.InvalidModelException if it is not an address of the form above
   *     (the message gives its length only, never the text)
   */
  public static EmailAddress of(String text) {
    requireNonNull(text, "text");
    String t = text.strip();
    int at = t.indexOf('@');
    boolean ok =
        t.length() <= 254
            && at > 0
            && at == t.lastIndexOf('@')
            && isMailbox(t.substring(0, at))
            && isDomain(t.substring(at + 1));
    if (!ok) {
      throw Checks.invalid(
          "EmailAddress",
          "value",
          Checks.described(t),
          "must be an e-mail address: mailbox@domain.example, at most 254 characters");
    }
    return new EmailAddress(
        t.substring(0, at) + "@" + t.substring(at + 1).toLowerCase(Locale.ROOT));
  }

  private static boolean isMailbox(String m) {
    if (m.isEmpty()
        || m.length() > 64
        || m.startsWith(".")
        || m.endsWith(".")
        || m.contains("..")) {
      return false;
    }
    for (int i = 0; i < m.length(); i++) {
      char c = m.charAt(i);
      if (!isAsciiLetterOrDigit(c) && MAILBOX_SYMBOLS.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDomain(String d) {
    String[] labels = d.split("\\.", -1);
    if (labels.length < 2 || d.length() > 253) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty()
          || label.length() > 63
          || label.startsWith("-")
          || label.endsWith("-")
          || !label.chars().allMatch(c -> isAsciiLetterOrDigit((char) c) || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** {@code z***@example.com}: the mailbox's first character, then the domain. */
  @Override
  public String masked() {
    String v = clearText();
    int at = v.indexOf('@');
    return v.charAt(0) + "***" + v.substring(at);
  }
}
