package io.github.gridgov.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * 理由 — one reason of a decision: a stable code (e.g. {@code triage.no-building-leader}) and
 * its parameters, rendered to Chinese or English text only when asked.
 *
 * <p>Codes are part of the API: platforms may map them to their own texts. The texts live in the
 * resource bundle {@code io/github/gridgov/rules/reasons} ({@code reasons.properties} in English,
 * {@code reasons_zh.properties} in Chinese), as {@link MessageFormat} patterns over the
 * parameters.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Reason {
  private static final String BUNDLE = "io.github.gridgov.rules.reasons";

  private final String code;
  private final ImmutableList<String> args;

  private Reason(String code, ImmutableList<String> args) {
    this.code = code;
    this.args = args;
  }

  /** A reason with {@code code} and parameters, each kept as its {@code toString()}. */
  public static Reason of(String code, Object... args) {
    requireNonNull(code, "code");
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(args.length);
    for (Object a : args) {
      b.add(String.valueOf(requireNonNull(a, "arg")));
    }
    return new Reason(code, b.build());
  }

  /** The stable code. */
  public String code() {
    return code;
  }

  /** The parameters, as text. */
  public List<String> args() {
    return args;
  }

  /**
   * The reason as a sentence in {@code locale}'s language: Chinese for any {@code zh} locale,
   * English otherwise. A code without a text renders as {@code code[args]}.
   */
  public String render(Locale locale) {
    Locale l = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, l,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
          .getString(code);
    } catch (MissingResourceException e) {
      return toString();
    }
    return new MessageFormat(pattern, l).format(args.toArray());
  }

  /** Whether both languages have a text for this reason's code. */
  public boolean hasTexts() {
    return !render(Locale.CHINESE).equals(toString()) && !render(Locale.ROOT).equals(toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reason && ((Reason) o).code.equals(code) && ((Reason) o).args.equals(args);
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + args.hashCode();
  }

  /** {@code code[arg, arg]}. */
  @Override
  public String toString() {
    return code + args;
  }
}
