package io.github.gridgov.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of a {@code .properties} file beside a class, in Chinese ({@code <name>_zh.properties})
 * or English ({@code <name>.properties}), UTF-8, read once and kept. It reads the files with the
 * class's own resource lookup, never {@link java.util.ResourceBundle.Control}, so it works on the
 * class path and on the module path alike (a {@code Control} is refused in named modules), and it
 * never falls back to the default locale: a Chinese label on an English machine stays Chinese.
 * Not API.
 */
public final class TextFiles {
  private static final Map<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

  private TextFiles() {}

  /** Whether {@code locale} asks for Chinese texts. */
  public static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * The text of {@code key} in file {@code name} of {@code anchor}'s package, for {@code locale}'s
   * language (Chinese for any {@code zh} locale, English otherwise); empty if the file or key is missing.
   */
  public static Optional<String> text(Class<?> anchor, String name, Locale locale, String key) {
    String file = name + (isChinese(locale) ? "_zh" : "") + ".properties";
    Map<String, String> texts =
        LOADED.computeIfAbsent(anchor.getPackageName() + "/" + file, k -> load(anchor, file));
    return Optional.ofNullable(texts.get(key));
  }

  private static Map<String, String> load(Class<?> anchor, String file) {
    try (InputStream in = anchor.getResourceAsStream(file)) {
      if (in == null) {
        return Map.of();
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new java.util.HashMap<>();
      p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
      return Map.copyOf(texts);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the texts " + anchor.getPackageName() + "/" + file, e);
    }
  }
}
