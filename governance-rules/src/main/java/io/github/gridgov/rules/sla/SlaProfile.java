package io.github.gridgov.rules.sla;

import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.OrderKind;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.order.Urgency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 时限方案 — the deadlines of a platform: rows matched in order (the first that applies wins), the
 * calendar they count on, how much care needs shorten them, when the warning turns yellow, and
 * the budgets per tier.
 *
 * <p>Three profiles are shipped:
 * <ul>
 *   <li>{@link #BJ_12345_DRAFT} — the draft Beijing hotline standard 《12345热线服务与管理规范》
 *       (征求意见稿, 2021; source tier B — whether the final DB11/T 2021—2022 keeps these values is
 *       not verified): feedback within 2 h for danger to life or property, 24 h for water, power,
 *       gas and heating (水电气热), 7 days for general and 15 days for complex matters, in natural
 *       time. Acceptance limits (30 min, 2 h, 24 h) are our configurable defaults.</li>
 *   <li>{@link #GD_12345} — Guangdong's 12345 rules (2022, tier B): 咨询 2 working days, 求助 and
 *       建议 10, 投诉 and 举报 15. Acceptance within 1 working day is our default.</li>
 *   <li>{@link #PETITION} — 信访工作条例 (2022): route and notify within 15 days (Art. 22–23),
 *       close within 60 days (Art. 34), one extension of at most 30 days.</li>
 * </ul>
 * Every shipped profile shortens the resolution limit by half for orders of people with care needs
 * ({@link #careNeedFactor()}, our configurable default) and turns yellow at 80 % of a limit
 * (urban-management practice, tier C).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SlaProfile implements WithSlaProfile {
  private static final List<Category> UTILITIES =
      List.of(Category.WATER_SUPPLY, Category.POWER_SUPPLY, Category.GAS_SUPPLY, Category.HEATING);

  /** The draft Beijing 12345 standard, natural time; see the class description. */
  public static final SlaProfile BJ_12345_DRAFT =
      builder()
          .name("BJ_12345_DRAFT")
          .calendar(WorkCalendar.natural())
          .addRule(
              SlaRule.builder()
                  .name("life-or-property")
                  .addUrgency(Urgency.CRITICAL)
                  .accept(SlaLimit.minutes(30))
                  .resolve(SlaLimit.hours(2))
                  .build())
          .addRule(
              SlaRule.builder()
                  .name("utilities")
                  .addAllCategories(UTILITIES)
                  .accept(SlaLimit.hours(2))
                  .resolve(SlaLimit.hours(24))
                  .build())
          .addRule(
              SlaRule.builder()
                  .name("urgent")
                  .addUrgency(Urgency.URGENT)
                  .accept(SlaLimit.hours(2))
                  .resolve(SlaLimit.hours(24))
                  .build())
          .addRule(
              SlaRule.builder()
                  .name("complex")
                  .addFlag(OrderFlag.COMPLEX)
                  .accept(SlaLimit.hours(24))
                  .resolve(SlaLimit.days(15))
                  .build())
          .addRule(
              SlaRule.builder()
                  .name("general")
                  .accept(SlaLimit.hours(24))
                  .resolve(SlaLimit.days(7))
                  .build())
          .build();

  /** Guangdong 12345, working days on {@link WorkCalendar#china()}; see the class description. */
  public static final SlaProfile GD_12345 =
      builder()
          .name("GD_12345")
          .calendar(WorkCalendar.china())
          .addRule(
              SlaRule.builder()
                  .name("consultation")
                  .addKind(OrderKind.CONSULTATION)
                  .accept(SlaLimit.days(1))
                  .resolve(SlaLimit.days(2))
                  .build())
          .addRule(
              SlaRule.builder()
                  .name("help-or-suggestion")
                  .addKind(OrderKind.HELP)
                  .addKind(OrderKind.SUGGESTION)
                  .accept(SlaLimit.days(1))
                  .resolve(SlaLimit.days(10))
                  .build())
          .addRule(
              SlaRule.builder()
                  .name("complaint-or-report")
                  .addKind(OrderKind.COMPLAINT)
                  .addKind(OrderKind.REPORT)
                  .accept(SlaLimit.days(1))
                  .resolve(SlaLimit.days(15))
                  .build())
          .build();

  /** 信访, natural days; see the class description. */
  public static final SlaProfile PETITION =
      builder()
          .name("PETITION")
          .calendar(WorkCalendar.natural())
          .addRule(
              SlaRule.builder()
                  .name("petition")
                  .accept(SlaLimit.days(15))
                  .resolve(SlaLimit.days(60))
                  .build())
          .extension(SlaLimit.days(30))
          .build();

  SlaProfile() {}

  /** The profile's name, e.g. {@code BJ_12345_DRAFT}. */
  public abstract String name();

  /** The rows, first match wins; the last should match every order. */
  public abstract List<SlaRule> rules();

  /** The calendar the limits count on. */
  public abstract WorkCalendar calendar();

  /** The one extension allowed, if any (信访: 30 days, 信访工作条例 Art. 34); taken by the {@code EXTEND} step. */
  public abstract Optional<SlaLimit> extension();

  /**
   * 回访时限 — how long a resolved order may wait for its rating or verification before the
   * platform closes it unrated; 3 days on the profile's calendar unless set (our configurable
   * default: no law fixes it).
   */
  @Value.Default
  public SlaLimit callbackLimit() {
    return SlaLimit.days(3);
  }

  /** The share of the resolution limit left for orders with care needs; 0.5 unless set (our default). */
  @Value.Default
  public double careNeedFactor() {
    return 0.5;
  }

  /** The share of a limit at which the state turns yellow; 0.8 unless set (practice, tier C). */
  @Value.Default
  public double yellowAt() {
    return 0.8;
  }

  /** How long an order may sit at each tier. */
  @Value.Default
  public TierBudgets tierBudgets() {
    return TierBudgets.standard();
  }

  /** The first row that applies to {@code order}, if any. */
  public Optional<SlaRule> ruleFor(ServiceOrder order) {
    List<SlaRule> rules = rules();
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).matches(order)) {
        return Optional.of(rules.get(i));
      }
    }
    return Optional.empty();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link SlaProfile}; {@link #build()} throws if a share is out of range or some order would match no row. */
  public static final class Builder extends ImmutableSlaProfile.Builder {}

  @Value.Check
  void check() {
    io.github.gridgov.core.internal.Checks.check(
        careNeedFactor() > 0 && careNeedFactor() <= 1,
        "SlaProfile",
        "careNeedFactor",
        careNeedFactor(),
        "must be in (0, 1]");
    io.github.gridgov.core.internal.Checks.check(
        yellowAt() > 0 && yellowAt() < 1,
        "SlaProfile",
        "yellowAt",
        yellowAt(),
        "must be in (0, 1)");
    io.github.gridgov.core.internal.Checks.check(
        !rules().isEmpty(), "SlaProfile", "rules", name(), "must have at least one row");
    io.github.gridgov.core.internal.Checks.check(
        coversAllKinds(),
        "SlaProfile",
        "rules",
        name(),
        "must give every order a row: rows without category, urgency or flag conditions must cover every kind");
  }

  private boolean coversAllKinds() {
    java.util.EnumSet<OrderKind> kinds = java.util.EnumSet.noneOf(OrderKind.class);
    for (SlaRule r : rules()) {
      if (r.categories().isEmpty() && r.urgencies().isEmpty() && r.flags().isEmpty()) {
        kinds.addAll(r.kinds().isEmpty() ? java.util.EnumSet.allOf(OrderKind.class) : r.kinds());
      }
    }
    return kinds.size() == OrderKind.values().length;
  }
}
