package io.github.gridgov.core;

import java.util.Locale;

/**
 * 标签 — a constant or catalogue code with a Chinese and an English label, for platforms that show
 * it to staff or residents.
 *
 * <p>Every public enum of gridgov and the catalogue codes ({@link Code}: categories, skills,
 * departments) are labelled. Our labels live in the file {@code labels.properties} (English) and
 * {@code labels_zh.properties} (Chinese) of the type's own package, keyed {@code <type>.<constant>}
 * or {@code <type>.<code>}, e.g. {@code Tier.BUILDING=楼栋}, {@code Category.water-leak=漏水}; a
 * platform lays its own over them with {@link Texts#withOverrides(java.util.ResourceBundle)}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface Labelled {
  /** Our Chinese label, e.g. {@code 楼栋}. */
  default String zh() {
    return Texts.chinese().label(this);
  }

  /** Our English label, e.g. {@code building}. */
  default String en() {
    return Texts.english().label(this);
  }

  /** Our label for {@code locale}: Chinese for any {@code zh} locale, English otherwise. */
  default String label(Locale locale) {
    return Texts.of(locale).label(this);
  }

  /** The label in {@code texts}: a platform's own text if it has one, else ours. */
  default String label(Texts texts) {
    return texts.label(this);
  }
}
