package io.github.gridgov.core.area;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.internal.Checks;

/**
 * 单元网格编码 — Beijing's 15-digit unit-grid code.
 *
 * <p>Layout (DB11 local standard for grid-based urban management, source tier B): 6 digits district and above, 3 street (township), 3
 * community (village), 3 grid sequence number, numbered west to east and north to south inside
 * the community. A parser and validator: gridgov never requires ids in this form.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BeijingGridCode {
  private final String value;

  private BeijingGridCode(String value) {
    this.value = value;
  }

  /**
   * Reads a 15-digit code.
   *
   * @throws io.github.gridgov.core.InvalidModelException if it is not 15 digits or its street,
   *     community or sequence part is {@code 000}
   */
  public static BeijingGridCode parse(String text) {
    requireNonNull(text, "text");
    if (text.length() != 15 || !StatisticalAreaCode.isDigits(text)) {
      throw Checks.invalid(
          "BeijingGridCode", "value", Checks.abbreviate(text), "must be exactly 15 digits");
    }
    Checks.check(!text.startsWith("000", 6), "BeijingGridCode", "street", text, "must not be 000");
    Checks.check(
        !text.startsWith("000", 9), "BeijingGridCode", "community", text, "must not be 000");
    Checks.check(
        !text.startsWith("000", 12), "BeijingGridCode", "sequence", text, "must not be 000");
    return new BeijingGridCode(text);
  }

  /** The 6-digit district-and-above code. */
  public String districtCode() {
    return value.substring(0, 6);
  }

  /** The 3-digit street (township) number. */
  public String streetNumber() {
    return value.substring(6, 9);
  }

  /** The 3-digit community (village) number. */
  public String communityNumber() {
    return value.substring(9, 12);
  }

  /** The 3-digit grid sequence number inside the community. */
  public String sequenceNumber() {
    return value.substring(12, 15);
  }

  /** The 12-digit statistical code of the community the grid lies in. */
  public StatisticalAreaCode communityCode() {
    return StatisticalAreaCode.parse(value.substring(0, 12));
  }

  /** The 15 digits. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BeijingGridCode beijingGridCode && beijingGridCode.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The 15 digits. */
  @Override
  public String toString() {
    return value;
  }
}
