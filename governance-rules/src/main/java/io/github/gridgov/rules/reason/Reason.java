package io.github.gridgov.rules.reason;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.Texts;
import io.github.gridgov.core.area.AreaLevel;
import io.github.gridgov.core.area.AreaRef;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Location;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 理由 — one reason of a decision: the {@link RuleRef rule} that gave it, a stable code (e.g.
 * {@code triage.no-building-leader}) and its parameters, rendered to Chinese or English text only
 * when asked.
 *
 * <p>Codes are part of the API: platforms may map them to their own texts. Our texts live in
 * {@code io/github/gridgov/rules/reason/reasons.properties} (English) and {@code reasons_zh.properties}
 * (Chinese), as {@link MessageFormat} patterns over the parameters; a platform lays its own over
 * them, keyed by the code, with {@link Texts#withOverrides(java.util.ResourceBundle)}.
 *
 * <p>In a rendered sentence every parameter reads as people read it: a constant or catalogue code
 * as its label ({@code 环境卫生}, not {@code sanitation}), an area as its level and id ({@code
 * 网格G-01}), a time in the zone of the {@link Texts} ({@code 2026年11月26日 16:00}). In {@link
 * #args()} — for machines — a time is ISO-8601 with its Beijing offset ({@code
 * 2026-11-26T16:00:00+08:00}), never a bare UTC {@code Z}.
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
   * A reason that {@code rule} gives, with {@code code} and parameters. A {@link Labelled}
   * constant or code, an area, a location, an instant or a date renders as people read it (see
   * the class comment), a collection as its elements joined, an {@link Assignee} as its responder
   * or team id, anything else as its {@code toString()}. Parameters must be immutable values.
   */
  public static Reason of(RuleRef rule, String code, Object... args) {
    requireNonNull(rule, "rule");
    requireNonNull(code, "code");
    Object[] raw = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = requireNonNull(args[i], "arg");
      if (a instanceof Assignee owner) {
        a = owner.id();
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

  /**
   * The parameters as text for machines: codes and ids as they are, times as ISO-8601 with the
   * Beijing offset ({@code 2026-11-26T16:00:00+08:00}).
   */
  public List<String> args() {
    ImmutableList<String> a = args;
    if (a == null) {
      ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(raw.length);
      for (Object o : raw) {
        b.add(machine(o));
      }
      a = b.build();
      args = a;
    }
    return a;
  }

  /**
   * The reason as a sentence in {@code locale}'s language (Chinese for any {@code zh} locale,
   * English otherwise), times in Beijing time: {@code render(Texts.of(locale))}.
   */
  public String render(Locale locale) {
    return render(Texts.of(locale));
  }

  /**
   * The reason as a sentence in {@code texts}: the platform's pattern for the code if it has one,
   * else ours; parameters as people read them (see the class comment). A code with no text anywhere
   * renders as {@code code[args]}.
   */
  public String render(Texts texts) {
    requireNonNull(texts, "texts");
    Optional<String> text = texts.text(Reason.class, "reasons", code);
    if (text.isEmpty()) {
      return toString();
    }
    Object[] shown = new Object[raw.length];
    for (int i = 0; i < raw.length; i++) {
      shown[i] = shown(raw[i], texts);
    }
    return new MessageFormat(text.get(), texts.isChinese() ? Locale.CHINESE : Locale.ROOT)
        .format(shown);
  }

  private static String shown(Object arg, Texts texts) {
    if (arg instanceof Labelled labelled) {
      return labelled.label(texts);
    }
    if (arg instanceof Instant instant) {
      return texts.time(instant);
    }
    if (arg instanceof LocalDate localDate) {
      return texts.date(localDate);
    }
    if (arg instanceof AreaRef areaRef) {
      return place(areaRef, texts);
    }
    if (arg instanceof Location l) {

      return l.household().isPresent()
          ? (texts.isChinese() ? "户" : "household ") + l.household().get()
          : place(l.area().get(), texts);
    }
    if (arg instanceof Collection) {
      StringBuilder b = new StringBuilder();
      for (Object o : (Collection<?>) arg) {
        b.append(b.length() == 0 ? "" : texts.isChinese() ? "、" : ", ").append(shown(o, texts));
      }
      return b.toString();
    }
    return String.valueOf(arg);
  }

  /** {@code 网格G-01} / {@code grid G-01}; the district: {@code 全区} / {@code the district}. */
  private static String place(AreaRef area, Texts texts) {
    if (area.level() == AreaLevel.DISTRICT) {
      return texts.isChinese() ? "全区" : "the district";
    }
    return area.level().label(texts) + (texts.isChinese() ? "" : " ") + area.id().get();
  }

  private static String machine(Object arg) {
    if (arg instanceof Instant instant) {
      return Texts.iso(instant, Texts.BEIJING);
    }
    if (arg instanceof Collection) {
      StringBuilder b = new StringBuilder("[");
      for (Object o : (Collection<?>) arg) {
        b.append(b.length() == 1 ? "" : ", ").append(machine(o));
      }
      return b.append(']').toString();
    }
    return String.valueOf(arg);
  }

  /** Whether both languages have a text for this reason's code. */
  public boolean hasTexts() {
    return !render(Texts.chinese()).equals(toString())
        && !render(Texts.english()).equals(toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reason reason
        && reason.rule.equals(rule)
        && reason.code.equals(code)
        && reason.args().equals(args());
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
