package io.github.gridgov.core.order;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.internal.Checks;

/**
 * 诉求分类 — the topic of an order; the rules key target tiers, deadlines and dispatch
 * catalogues on it.
 *
 * <p>An open value type: the constants are common topics, and a platform may use its own
 * catalogue with {@link #of(String)}. A code is 1–40 characters of {@code [a-z0-9-]}. Equal when
 * the codes are equal; {@code toString()} is the code.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Category implements Comparable<Category> {
  /** 漏水 — a leak into a dwelling. */
  public static final Category WATER_LEAK = new Category("water-leak");
  /** 邻里噪音. */
  public static final Category NEIGHBOUR_NOISE = new Category("neighbour-noise");
  /** 邻里纠纷. */
  public static final Category NEIGHBOUR_DISPUTE = new Category("neighbour-dispute");
  /** 家庭纠纷 (e.g. support of an elderly parent). */
  public static final Category FAMILY_DISPUTE = new Category("family-dispute");
  /** 老年助餐. */
  public static final Category ELDERLY_MEALS = new Category("elderly-meals");
  /** 养老照护. */
  public static final Category ELDERLY_CARE = new Category("elderly-care");
  /** 停车. */
  public static final Category PARKING = new Category("parking");
  /** 公共部位/共有部分. */
  public static final Category COMMON_PROPERTY = new Category("common-property");
  /** 物业服务. */
  public static final Category PROPERTY_SERVICE = new Category("property-service");
  /** 环境卫生. */
  public static final Category SANITATION = new Category("sanitation");
  /** 违法建设. */
  public static final Category UNLICENSED_CONSTRUCTION = new Category("unlicensed-construction");
  /** 供水. */
  public static final Category WATER_SUPPLY = new Category("water-supply");
  /** 供电. */
  public static final Category POWER_SUPPLY = new Category("power-supply");
  /** 燃气. */
  public static final Category GAS_SUPPLY = new Category("gas-supply");
  /** 供暖. */
  public static final Category HEATING = new Category("heating");
  /** 治安. */
  public static final Category PUBLIC_SECURITY = new Category("public-security");
  /** 政策咨询. */
  public static final Category POLICY = new Category("policy");
  /** 其他. */
  public static final Category OTHER = new Category("other");

  private final String code;

  private Category(String code) {
    this.code = code;
  }

  /**
   * Returns the category with this code.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the code is empty, longer than 40 or
   *     has a character outside {@code [a-z0-9-]}
   */
  public static Category of(String code) {
    requireNonNull(code, "code");
    boolean ok = !code.isEmpty() && code.length() <= 40
        && code.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    if (!ok) {
      throw Checks.invalid("Category", "code", Checks.abbreviate(code), "must be 1-40 characters of [a-z0-9-]");
    }
    return new Category(code);
  }

  /** The code, e.g. {@code water-leak}. */
  public String code() {
    return code;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Category && ((Category) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public int compareTo(Category other) {
    return code.compareTo(other.code);
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
