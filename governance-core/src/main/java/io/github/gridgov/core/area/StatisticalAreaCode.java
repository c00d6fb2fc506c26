package io.github.gridgov.core.area;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.Labelled;
import io.github.gridgov.core.internal.Checks;

/**
 * 统计用区划代码 — the 12-digit statistical area code of a street or community.
 *
 * <p>Layout (source tier B): 6 digits for the county and
 * above (GB/T 2260), 3 for the township level (001–099 街道, 100–199 镇, 200–399 乡, 400–599
 * 政企合一等), 3 for the village level (001–199 居委会, 200–399 村委会; {@code 000} when the code
 * names the township itself). A parser and validator: gridgov never requires ids in this form.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StatisticalAreaCode {
  /** 乡级 — the kind of township-level unit, from the 3 digits after the county. */
  public enum TownshipKind implements Labelled {
    /** 街道, 001–099. */
    STREET,
    /** 镇, 100–199. */
    TOWN,
    /** 乡, 200–399. */
    TOWNSHIP,
    /** 政企合一 and other special units, 400–599. */
    SPECIAL
  }

  /** 村级 — the kind of village-level unit, from the last 3 digits. */
  public enum VillageKind implements Labelled {
    /** The code names the township-level unit itself ({@code 000}). */
    NONE,
    /** 居委会 (a community), 001–199. */
    RESIDENTS_COMMITTEE,
    /** 村委会, 200–399. */
    VILLAGE_COMMITTEE,
    /** Any other village-level number (400–999). */
    OTHER
  }

  private final String value;

  private StatisticalAreaCode(String value) {
    this.value = value;
  }

  /**
   * Reads a 12-digit code.
   *
   * @throws io.github.gridgov.core.InvalidModelException if it is not 12 digits, the township
   *     number is 000 or above 599
   */
  public static StatisticalAreaCode parse(String text) {
    requireNonNull(text, "text");
    if (text.length() != 12 || !isDigits(text)) {
      throw Checks.invalid(
          "StatisticalAreaCode", "value", Checks.abbreviate(text), "must be exactly 12 digits");
    }
    int township = Integer.parseInt(text.substring(6, 9));
    Checks.check(
        township >= 1 && township <= 599,
        "StatisticalAreaCode",
        "township",
        text,
        "must be a township number 001-599 (was %s)",
        text.substring(6, 9));
    return new StatisticalAreaCode(text);
  }

  static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The 6-digit county-and-above code (GB/T 2260). */
  public String countyCode() {
    return value.substring(0, 6);
  }

  /** The 3-digit township-level number. */
  public String townshipNumber() {
    return value.substring(6, 9);
  }

  /** The 3-digit village-level number. */
  public String villageNumber() {
    return value.substring(9, 12);
  }

  /** What kind of township-level unit the code lies in. */
  public TownshipKind townshipKind() {
    int n = Integer.parseInt(townshipNumber());
    if (n < 100) {
      return TownshipKind.STREET;
    } else if (n < 200) {
      return TownshipKind.TOWN;
    } else if (n < 400) {
      return TownshipKind.TOWNSHIP;
    }
    return TownshipKind.SPECIAL;
  }

  /** What kind of village-level unit the code names. */
  public VillageKind villageKind() {
    int n = Integer.parseInt(villageNumber());
    if (n == 0) {
      return VillageKind.NONE;
    } else if (n < 200) {
      return VillageKind.RESIDENTS_COMMITTEE;
    } else if (n < 400) {
      return VillageKind.VILLAGE_COMMITTEE;
    }
    return VillageKind.OTHER;
  }

  /** The code of the township-level unit this code lies in (village part {@code 000}). */
  public StatisticalAreaCode township() {
    return new StatisticalAreaCode(value.substring(0, 9) + "000");
  }

  /** The 12 digits. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StatisticalAreaCode statisticalAreaCode
        && statisticalAreaCode.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The 12 digits. */
  @Override
  public String toString() {
    return value;
  }
}
