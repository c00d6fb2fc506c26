package io.github.gridgov.core.people;

import io.github.gridgov.core.Code;

/**
 * 职能部门 — a district department (区职能部门) or the district's coordinating office: who takes a
 * matter the dispatch catalogue sends to the district, who the street summons when it blows the
 * whistle (吹哨) and who reports in (报到).
 *
 * <p>An open value type: the constants are the departments every district has, and a platform adds
 * its own with {@link #of(String)} and names them in its texts ({@code Department.<code>=…}, see
 * {@link io.github.gridgov.core.Texts}). The code rules are those of {@link Code}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Department extends Code {
  /** 住房和城乡建设 — housing and construction (property services, common parts, leaks). */
  public static final Department HOUSING = new Department("housing");

  /** 公安 — the police (public security, noise at night). */
  public static final Department POLICE = new Department("police");

  /** 司法行政 — justice (people's mediation, legal aid). */
  public static final Department JUSTICE = new Department("justice");

  /** 民政 — civil affairs (elderly care, assistance). */
  public static final Department CIVIL_AFFAIRS = new Department("civil-affairs");

  /** 城市管理 — urban management and its law enforcement (sanitation, unlicensed construction). */
  public static final Department URBAN_MANAGEMENT = new Department("urban-management");

  /** 水务 — water supply. */
  public static final Department WATER = new Department("water");

  /** 供电 — power supply. */
  public static final Department POWER = new Department("power");

  /** 燃气 — gas supply. */
  public static final Department GAS = new Department("gas");

  /** 供热 — heating. */
  public static final Department HEATING = new Department("heating");

  /**
   * 区级统筹 — the district's coordinating office, which takes what no department clearly owns
   * (属地兜底, 北京市接诉即办工作条例 Art. 12).
   */
  public static final Department DISTRICT_COORDINATOR = new Department("district-coordinator");

  private Department(String code) {
    super(code);
  }

  /**
   * Returns the department with this code.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the code is empty, longer than 40 or
   *     has a character outside {@code [a-z0-9-]}
   */
  public static Department of(String code) {
    return new Department(code);
  }
}
