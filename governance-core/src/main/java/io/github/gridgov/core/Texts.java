package io.github.gridgov.core;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.internal.Checks;
import io.github.gridgov.core.internal.TextFiles;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * 文本 — how the texts people read are written: the language (Chinese or English), the time zone
 * of the times in them (北京时间 unless set) and a platform's own texts over ours.
 *
 * <p>A label or a reason is rendered with a {@code Texts}: {@code Tier.BUILDING.label(texts)},
 * {@code reason.render(texts)}. {@link #chinese()} and {@link #english()} carry our texts and
 * Beijing time; {@link #withOverrides(ResourceBundle)} lays a platform's own texts over them.
 *
 * <p>Keys, the same in our files and in a platform's:
 * <ul>
 *   <li>labels: {@code <type>.<constant>} for an enum ({@code Tier.BUILDING}, a nested type with its
 *       outer type: {@code Actor.Kind.STAFF}) and {@code <type>.<code>} for a catalogue code
 *       ({@code Category.water-leak}, {@code Department.housing});
 *   <li>reasons: the reason's code ({@code triage.start}), a {@link java.text.MessageFormat}
 *       pattern over its parameters;
 *   <li>rule names: {@code RuleRef.<rule code>} ({@code RuleRef.escalation.first-owner}).
 * </ul>
 * A catalogue code a platform added and gave no text reads as its code; every enum constant has
 * both texts (a test holds it), so an enum label is never missing.
 *
 * <p>Times for people read {@code 2026年11月26日 16:00} in Chinese and {@code 2026-11-26 16:00 +08:00}
 * in English, in {@link #zone()}; machine output ({@link #iso(Instant)}) is ISO-8601 with the
 * offset, {@code 2026-11-26T16:00:00+08:00}, never a bare UTC {@code Z}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Texts {
  /** 北京时间 — the zone of every time unless a platform sets another. */
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  /** The most keys a platform's texts may hold (ours: a bound on a host's file, not a rule of law). */
  public static final int MAX_OVERRIDES = 100_000;

  /** The longest key accepted (ours). */
  public static final int MAX_KEY_LENGTH = 200;

  /** The longest text accepted (ours: a reason is a sentence, not a page). */
  public static final int MAX_TEXT_LENGTH = 2_000;

  private static final DateTimeFormatter ZH_MINUTES =
      DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm", Locale.ROOT);
  private static final DateTimeFormatter ZH_SECONDS =
      DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter EN_MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx", Locale.ROOT);
  private static final DateTimeFormatter EN_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xxx", Locale.ROOT);
  private static final DateTimeFormatter ZH_DATE =
      DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.ROOT);

  /** ISO-8601 local date-time and offset, the offset {@code +00:00} rather than {@code Z}. */
  private static final DateTimeFormatter ISO =
      new java.time.format.DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendOffset("+HH:MM:ss", "+00:00")
          .toFormatter(Locale.ROOT);

  private static final Texts CHINESE = new Texts(true, BEIJING, Map.of());
  private static final Texts ENGLISH = new Texts(false, BEIJING, Map.of());

  private final boolean chinese;
  private final ZoneId zone;
  private final Map<String, String> overrides;

  private Texts(boolean chinese, ZoneId zone, Map<String, String> overrides) {
    this.chinese = chinese;
    this.zone = zone;
    this.overrides = overrides;
  }

  /** Our Chinese texts, in Beijing time. */
  public static Texts chinese() {
    return CHINESE;
  }

  /** Our English texts, in Beijing time. */
  public static Texts english() {
    return ENGLISH;
  }

  /** Our texts for {@code locale}'s language: Chinese for any {@code zh} locale, English otherwise; Beijing time. */
  public static Texts of(Locale locale) {
    return TextFiles.isChinese(requireNonNull(locale, "locale")) ? CHINESE : ENGLISH;
  }

  /** These texts with times in {@code zone}. */
  public Texts inZone(ZoneId zone) {
    return new Texts(chinese, requireNonNull(zone, "zone"), overrides);
  }

  /**
   * These texts with {@code bundle}'s texts laid over them: a key the bundle has (see the class
   * comment) reads as the bundle says. Load the bundle for the language of these texts, e.g.
   * {@code ResourceBundle.getBundle("my-texts", Locale.CHINESE)}; later overrides win.
   *
   * @throws InvalidModelException if a key or text is blank, too long ({@value #MAX_KEY_LENGTH} and
   *     {@value #MAX_TEXT_LENGTH} characters) or holds control or invisible characters, or the texts
   *     hold more than {@value #MAX_OVERRIDES} keys; nothing is changed
   */
  public Texts withOverrides(ResourceBundle bundle) {
    requireNonNull(bundle, "bundle");
    Map<String, String> texts = new HashMap<>();
    for (String key : bundle.keySet()) {
      texts.put(key, bundle.getString(key));
    }
    return withOverrides(texts);
  }

  /**
   * These texts with {@code texts} laid over them (key to text, see the class comment).
   *
   * @throws InvalidModelException if a key or text is blank, too long ({@value #MAX_KEY_LENGTH} and
   *     {@value #MAX_TEXT_LENGTH} characters) or holds control or invisible characters, or the texts
   *     hold more than {@value #MAX_OVERRIDES} keys; nothing is changed
   */
  public Texts withOverrides(Map<String, String> texts) {
    requireNonNull(texts, "texts");
    Map<String, String> all = new HashMap<>(overrides);
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String key = requireNonNull(e.getKey(), "key");
      String text = requireNonNull(e.getValue(), "text");
      Checks.checkName(key, MAX_KEY_LENGTH, "Texts", "key");
      Checks.checkName(text, MAX_TEXT_LENGTH, "Texts", "text of " + Checks.abbreviate(key));
      all.put(key, text);
    }
    Checks.check(
        all.size() <= MAX_OVERRIDES,
        "Texts",
        "overrides",
        all.size(),
        "must hold at most " + MAX_OVERRIDES + " keys");
    return new Texts(chinese, zone, Map.copyOf(all));
  }

  /** Whether these texts are Chinese. */
  public boolean isChinese() {
    return chinese;
  }

  /** The language: {@link Locale#CHINESE} or {@link Locale#ENGLISH}. */
  public Locale locale() {
    return chinese ? Locale.CHINESE : Locale.ENGLISH;
  }

  /** The zone of times, {@link #BEIJING} unless set. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The label of {@code item}: the platform's text for its key if it has one, else ours; a
   * catalogue code with no text anywhere reads as its code.
   *
   * @throws MissingResourceException if an enum constant has no text (a defect of ours)
   */
  public String label(Labelled item) {
    requireNonNull(item, "item");
    Class<?> type;
    String key;
    if (item instanceof Enum) {
      type = ((Enum<?>) item).getDeclaringClass();
      key = typeName(type) + "." + ((Enum<?>) item).name();
    } else if (item instanceof Code code) {
      type = item.getClass();
      key = typeName(type) + "." + code.code();
    } else {
      throw new IllegalArgumentException(
          "Cannot label "
              + item.getClass().getName()
              + ": only enums and catalogue codes are labelled");
    }
    String own = overrides.get(key);
    if (own != null) {
      return own;
    }
    Optional<String> ours = TextFiles.text(type, "labels", locale(), key);
    if (ours.isPresent()) {
      return ours.get();
    }
    if (item instanceof Code code) {
      return code.code();
    }
    throw new MissingResourceException(
        "Cannot find the label " + key + " in " + type.getPackageName() + "/labels",
        type.getName(),
        key);
  }

  /** The platform's own text of {@code key}, if it laid one over ours; empty otherwise. */
  public Optional<String> own(String key) {
    return Optional.ofNullable(overrides.get(requireNonNull(key, "key")));
  }

  /**
   * The text of {@code key} in file {@code name} ({@code <name>.properties} or {@code
   * <name>_zh.properties}) beside {@code anchor}, the platform's text first; empty if neither has it.
   * For renderers of texts in other modules of gridgov (reasons, reports).
   */
  public Optional<String> text(Class<?> anchor, String name, String key) {
    requireNonNull(anchor, "anchor");
    requireNonNull(name, "name");
    String own = overrides.get(requireNonNull(key, "key"));
    return own != null ? Optional.of(own) : TextFiles.text(anchor, name, locale(), key);
  }

  /**
   * {@code at} for people, in {@link #zone()}: {@code 2026年11月26日 16:00} or {@code 2026-11-26
   * 16:00 +08:00}, with seconds only when they are not zero. Chinese times name no zone (北京时间 is
   * understood); in another zone they add it, e.g. {@code 2026年11月26日 14:00（UTC+06:00）}.
   */
  public String time(Instant at) {
    ZonedDateTime t = requireNonNull(at, "at").atZone(zone);
    boolean seconds = t.getSecond() != 0 || t.getNano() != 0;
    if (!chinese) {
      return t.truncatedTo(ChronoUnit.SECONDS).format(seconds ? EN_SECONDS : EN_MINUTES);
    }
    String text = t.truncatedTo(ChronoUnit.SECONDS).format(seconds ? ZH_SECONDS : ZH_MINUTES);
    return zone.equals(BEIJING) ? text : text + "（UTC" + offset(t) + "）";
  }

  /** {@code day} for people: {@code 2026年11月26日} or {@code 2026-11-26}. */
  public String date(LocalDate day) {
    requireNonNull(day, "day");
    return chinese ? day.format(ZH_DATE) : day.toString();
  }

  /** {@code at} for machines: ISO-8601 with the offset of {@link #zone()}, e.g. {@code 2026-11-26T16:00:00+08:00}. */
  public String iso(Instant at) {
    return iso(at, zone);
  }

  /**
   * {@code at} as ISO-8601 with the offset of {@code zone}, e.g. {@code 2026-11-26T16:00:00+08:00};
   * UTC is written {@code +00:00}, never {@code Z}, so every time a machine reads names its offset
   * the same way. {@link java.time.OffsetDateTime#parse(CharSequence)} reads it back.
   */
  public static String iso(Instant at, ZoneId zone) {
    requireNonNull(at, "at");
    requireNonNull(zone, "zone");
    try {
      return at.atZone(zone).toOffsetDateTime().format(ISO);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "Cannot write " + at + " in " + zone + ": " + e.getMessage(), e);
    }
  }

  private static String offset(ZonedDateTime t) {
    String id = t.getOffset().getId();
    return id.equals("Z") ? "+00:00" : id;
  }

  private static String typeName(Class<?> type) {
    String name = type.getName().substring(type.getPackageName().length() + 1);
    return name.replace('$', '.');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Texts texts
        && texts.chinese == chinese
        && texts.zone.equals(zone)
        && texts.overrides.equals(overrides);
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(chinese) * 31 * 31 + zone.hashCode() * 31 + overrides.hashCode();
  }

  /** {@code Texts[zh, Asia/Shanghai, 3 overrides]}. */
  @Override
  public String toString() {
    return "Texts["
        + (chinese ? "zh" : "en")
        + ", "
        + zone
        + ", "
        + overrides.size()
        + " overrides]";
  }
}
