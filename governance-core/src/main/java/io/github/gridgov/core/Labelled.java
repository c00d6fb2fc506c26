package io.github.gridgov.core;

import java.util.Locale;
import java.util.MissingResourceException;

/**
 * A constant with a Chinese and an English label, for platforms that show it to staff or
 * residents.
 *
 * <p>The labels live in the resource bundle {@code labels} of the enum's own package (English in
 * {@code labels.properties}, Chinese in {@code labels_zh.properties}), keyed {@code <enum simple
 * name>.<constant>}, e.g. {@code Tier.BUILDING=楼栋}. Only enums implement it.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface Labelled {
  /** The Chinese label, e.g. {@code 楼栋}. */
  default String zh() {
    return label(Locale.CHINESE);
  }

  /** The English label, e.g. {@code building}. */
  default String en() {
    return label(Locale.ROOT);
  }

  /** The label for {@code locale}: Chinese for any {@code zh} locale, English otherwise. */
  default String label(Locale locale) {
    Enum<?> constant = (Enum<?>) this;
    Class<?> type = constant.getDeclaringClass();
    String key = type.getSimpleName() + "." + constant.name();
    return io.github.gridgov.core.internal.Texts.text(type, "labels", locale, key).orElseThrow(() ->
        new MissingResourceException("Cannot find the label " + key + " in " + type.getPackageName() + "/labels",
            type.getName(), key));
  }
}
