package io.github.gridgov.core.people;

import io.github.gridgov.core.Code;

/**
 * 服务特长 — a skill a responder or team offers, or an order needs.
 *
 * <p>An open value type: the constants are the common ones, and a platform may define its own
 * with {@link #of(String)}. The code rules are those of {@link Code}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Skill extends Code {
  /** 水管维修. */
  public static final Skill PLUMBING = new Skill("plumbing");

  /** 电工. */
  public static final Skill ELECTRICAL = new Skill("electrical");

  /** 矛盾调解. */
  public static final Skill MEDIATION = new Skill("mediation");

  /** 法律咨询. */
  public static final Skill LEGAL = new Skill("legal");

  /** 医疗. */
  public static final Skill MEDICAL = new Skill("medical");

  /** 养老照护. */
  public static final Skill ELDERLY_CARE = new Skill("elderly-care");

  /** 送餐. */
  public static final Skill MEAL_DELIVERY = new Skill("meal-delivery");

  /** 清洁. */
  public static final Skill CLEANING = new Skill("cleaning");

  /** 儿童照看. */
  public static final Skill CHILD_CARE = new Skill("child-care");

  /** 心理疏导. */
  public static final Skill COUNSELLING = new Skill("counselling");

  /** 装饰维修 — home decoration and repair, e.g. the errands of a service company such as 店小二. */
  public static final Skill RENOVATION = new Skill("renovation");

  /** 政策咨询. */
  public static final Skill POLICY_ADVICE = new Skill("policy-advice");

  private Skill(String code) {
    super(code);
  }

  /**
   * Returns the skill with this code.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the code is empty, longer than 40 or
   *     has a character outside {@code [a-z0-9-]}
   */
  public static Skill of(String code) {
    return new Skill(code);
  }
}
