package io.github.gridgov.json;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Texts;
import java.util.Optional;

/**
 * How gridgov writes JSON: whether personal data is written in clear, and whether reasons carry
 * their rendered text beside their code and parameters.
 *
 * <p>{@link #masked()} is the default: names, phone numbers and ID numbers are written masked
 * ({@code {"masked": "李*"}}) and free texts that may hold personal data — an order's description,
 * a rating's comment, the reason of a step — as their length only: what is shown or sent reaches
 * only as far as its purpose needs (个人信息保护法 Art. 6, the minimum necessary), with
 * de-identification as a security measure (Art. 51); ID numbers count as sensitive personal
 * information (GB/T 35273-2020 Annex B).
 * Such a document is for showing and sending; it does not read back. A platform that stores its
 * own data writes with {@link #clear()}, and what it writes reads back equal.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonOptions {
  /** Whether personal data is written in clear. */
  public enum PersonalData {
    /** Masked or left out (the default); the document does not read back. */
    MASKED,
    /** In clear, for the platform's own storage; the document reads back equal. */
    CLEAR
  }

  private static final JsonOptions MASKED = new JsonOptions(PersonalData.MASKED, null);
  private static final JsonOptions CLEAR = new JsonOptions(PersonalData.CLEAR, null);

  private final PersonalData personalData;
  private final Texts texts;

  private JsonOptions(PersonalData personalData, Texts texts) {
    this.personalData = personalData;
    this.texts = texts;
  }

  /** Personal data masked or left out, reasons as codes and parameters: the default. */
  public static JsonOptions masked() {
    return MASKED;
  }

  /** Personal data in clear, reasons as codes and parameters: for the platform's own storage. */
  public static JsonOptions clear() {
    return CLEAR;
  }

  /** These options with every reason also written as its text in {@code texts} ({@code "text": "从楼栋层级开始办理。"}). */
  public JsonOptions withTexts(Texts texts) {
    return new JsonOptions(personalData, requireNonNull(texts, "texts"));
  }

  /** Whether personal data is written in clear. */
  public PersonalData personalData() {
    return personalData;
  }

  /** The texts reasons are also rendered in, if any. */
  public Optional<Texts> texts() {
    return Optional.ofNullable(texts);
  }

  boolean isClear() {
    return personalData == PersonalData.CLEAR;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonOptions jsonOptions
        && jsonOptions.personalData == personalData
        && java.util.Objects.equals(jsonOptions.texts, texts);
  }

  @Override
  public int hashCode() {
    return personalData.hashCode() * 31 + java.util.Objects.hashCode(texts);
  }

  /** {@code JsonOptions[MASKED, texts=none]}. */
  @Override
  public String toString() {
    return "JsonOptions[" + personalData + ", texts=" + (texts == null ? "none" : texts) + "]";
  }
}
