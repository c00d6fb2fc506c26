package io.github.gridgov.core;

import java.util.Locale;

/**
 * A constant with a Chinese and an English label, for platforms that show it to staff or
 * residents.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public interface Labelled {
  /** The Chinese label, e.g. {@code 楼栋}. */
  String zh();

  /** The English label, e.g. {@code building}. */
  String en();

  /** The label for {@code locale}: Chinese for any {@code zh} locale, English otherwise. */
  default String label(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh() : en();
  }
}
