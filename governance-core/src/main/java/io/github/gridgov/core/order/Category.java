package io.github.gridgov.core.order;

import io.github.gridgov.core.Code;

/**
 * 诉求分类 — the topic of an order; the rules key target tiers, deadlines and dispatch
 * catalogues on it.
 *
 * <p>An open value type: the constants are common topics, and a platform may use its own
 * catalogue with {@link #of(String)}. The code rules are those of {@link Code}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Category extends Code {
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

  private Category(String code) {
    super(code);
  }

  /**
   * Returns the category with this code.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the code is empty, longer than 40 or
   *     has a character outside {@code [a-z0-9-]}
   */
  public static Category of(String code) {
    return new Category(code);
  }
}
