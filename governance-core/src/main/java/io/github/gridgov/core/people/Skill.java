package io.github.gridgov.core.people;

import static java.util.Objects.requireNonNull;

import io.github.gridgov.core.internal.Checks;

/**
 * 服务特长 — a skill a responder or team offers, or an order needs.
 *
 * <p>An open value type: the constants are the common ones, and a platform may define its own
 * with {@link #of(String)}. A skill code is 1–40 characters of {@code [a-z0-9-]}. Equal when the
 * codes are equal; {@code toString()} is the code.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Skill implements Comparable<Skill> {
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
  /** 政策咨询. */
  public static final Skill POLICY_ADVICE = new Skill("policy-advice");

  private final String code;

  private Skill(String code) {
    this.code = code;
  }

  /**
   * Returns the skill with this code.
   *
   * @throws io.github.gridgov.core.InvalidModelException if the code is empty, longer than 40 or
   *     has a character outside {@code [a-z0-9-]}
   */
  public static Skill of(String code) {
    requireNonNull(code, "code");
    boolean ok = !code.isEmpty() && code.length() <= 40
        && code.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    if (!ok) {
      throw Checks.invalid("Skill", "code", Checks.abbreviate(code), "must be 1-40 characters of [a-z0-9-]");
    }
    return new Skill(code);
  }

  /** The code, e.g. {@code plumbing}. */
  public String code() {
    return code;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Skill && ((Skill) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public int compareTo(Skill other) {
    return code.compareTo(other.code);
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
