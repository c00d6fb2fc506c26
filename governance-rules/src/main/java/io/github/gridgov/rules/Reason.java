package io.github.gridgov.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.order.Assignee;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * 理由 — one reason of a decision: the {@link RuleRef rule} that gave it, a stable code (e.g.
 * {@code triage.no-building-leader}) and its parameters, rendered to Chinese or English text only
 * when asked.
 *
 * <p>Codes are part of the API: platforms may map them to their own texts. The texts live in the
 * resource bundle {@code io/github/gridgov/rules/reasons} ({@code reasons.properties} in English,
 * {@code reasons_zh.properties} in Chinese), as {@link MessageFormat} patterns over the
 * parameters.
 *
 * <p>Implementation Requirements: immutable and thread-safe (the text of the parameters is
 * computed once, on first use; computing it twice gives the same value).
 *
 * @since 0.1.0
 */
public final class Reason {

  private final RuleRef rule;
  private final String code;
  /** The parameters as given; turned into text only when asked. */
  private final Object[] raw;
  private ImmutableList<String> args;

  private Reason(RuleRef rule, String code, Object[] raw) {
    this.rule = rule;
    this.code = code;
    this.raw = raw;
  }

  /**
   * A reason that {@code rule} gives, with {@code code} and parameters. Each parameter is kept as
   * its {@code toString()}; a {@link Labelled} constant, or a collection of them, renders in the
   * reader's language, and an {@link Assignee} as its responder or team id.
   * Parameters must be immutable values.
   */
  public static Reason of(RuleRef rule, String code, Object... args) {
    requireNonNull(rule, "rule");
    requireNonNull(code, "code");
    Object[] raw = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = requireNonNull(args[i], "arg");
      if (a instanceof Assignee) {
        Assignee owner = (Assignee) a;
        a = owner.responder().isPresent() ? owner.responder().get() : owner.team().get();
      }
      raw[i] = a instanceof Collection ? ImmutableList.copyOf((Collection<?>) a) : a;
    }
    return new Reason(rule, code, raw);
  }

  /** The rule that gave this reason. */
  public RuleRef rule() {
    return rule;
  }

  /** The stable code. */
  public String code() {
    return code;
  }

  /** The parameters, as text. */
  public List<String> args() {
    ImmutableList<String> a = args;
    if (a == null) {
      ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(raw.length);
      for (Object o : raw) {
        b.add(String.valueOf(o));
      }
      a = b.build();
      args = a;
    }
    return a;
  }

  /**
   * The reason as a sentence in {@code locale}'s language: Chinese for any {@code zh} locale,
   * English otherwise. A code without a text renders as {@code code[args]}.
   */
  public String render(Locale locale) {
    Locale l = io.github.gridgov.core.internal.Texts.isChinese(locale) ? Locale.CHINESE : Locale.ROOT;
    java.util.Optional<String> text = io.github.gridgov.core.internal.Texts.text(Reason.class, "reasons", l, code);
    if (text.isEmpty()) {
      return toString();
    }
    String pattern = text.get();
    Object[] shown = new Object[raw.length];
    for (int i = 0; i < raw.length; i++) {
      shown[i] = shown(raw[i], l);
    }
    return new MessageFormat(pattern, l).format(shown);
  }

  private static String shown(Object arg, Locale locale) {
    if (arg instanceof Labelled) {
      return ((Labelled) arg).label(locale);
    }
    if (arg instanceof Collection) {
      StringBuilder b = new StringBuilder();
      for (Object o : (Collection<?>) arg) {
        b.append(b.length() == 0 ? "" : locale.getLanguage().equals("zh") ? "、" : ", ").append(shown(o, locale));
      }
      return b.toString();
    }
    return String.valueOf(arg);
  }

  /** Whether both languages have a text for this reason's code. */
  public boolean hasTexts() {
    return !render(Locale.CHINESE).equals(toString()) && !render(Locale.ROOT).equals(toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reason && ((Reason) o).rule.equals(rule) && ((Reason) o).code.equals(code)
        && ((Reason) o).args().equals(args());
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + args().hashCode();
  }

  /** {@code code[arg, arg]}. */
  @Override
  public String toString() {
    return code + args();
  }
}
