package io.github.gridgov.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.rules.assignment.AssignmentWeights;
import io.github.gridgov.rules.catalogue.DispatchCatalogue;
import io.github.gridgov.rules.deliberation.Fraction;
import io.github.gridgov.rules.metrics.Period;
import io.github.gridgov.rules.metrics.Ratio;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import io.github.gridgov.rules.sla.SlaLimit;
import io.github.gridgov.rules.sla.TierBudgets;
import io.github.gridgov.rules.sla.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("the rules' small values: equal by value, printed plainly, validated at their limits")
class RulesValuesTest {
  static final RuleSource LAW = RuleSource.law("北京市接诉即办工作条例 Art. 14");

  @Nested
  @DisplayName("规则 identity")
  class Rules {
    @Test
    @DisplayName(
        "a rule's code is <package>.<name>; a malformed code is refused and shown at most 40 characters long")
    void codes() {
      assertThat(RuleRef.of("a.b", "甲", "A", LAW).code()).isEqualTo("a.b");
      for (String bad : new String[] {".b", "ab", "a.", "A.b", "a.B", "a b.c"}) {
        assertThatThrownBy(() -> RuleRef.of(bad, "甲", "A", LAW))
            .as(bad)
            .isInstanceOf(io.github.gridgov.core.InvalidModelException.class)
            .hasMessage(
                "Cannot create RuleRef: code '" + bad + "' must be <package>.<name> of [a-z0-9-]");
      }
      String longCode = "a." + "b".repeat(70);
      assertThatThrownBy(() -> RuleRef.of(longCode, "甲", "A", LAW))
          .hasMessage(
              "Cannot create RuleRef: code '"
                  + longCode.substring(0, 37)
                  + "...' must be <package>.<name> of [a-z0-9-]");
      String forty = "a." + "b".repeat(38);
      assertThatThrownBy(() -> RuleRef.of(forty + "!", "甲", "A", LAW))
          .hasMessageContaining("code '" + forty.substring(0, 37) + "...'");
      assertThatThrownBy(() -> RuleRef.of("a.\u202eb", "甲", "A", LAW))
          .as("a bidi override is shown as ?, not acted on")
          .hasMessageContaining("code 'a.?b'");
    }

    @Test
    @DisplayName("names are 1-60 characters in Chinese and 1-120 in English")
    void names() {
      assertThat(RuleRef.of("a.b", "甲".repeat(60), "A".repeat(120), LAW).zh()).hasSize(60);
      assertThatThrownBy(() -> RuleRef.of("a.b", "甲".repeat(61), "A", LAW))
          .hasMessage(
              "Cannot create RuleRef a.b: zh '(61 characters)' must be at most 60 characters");
      assertThatThrownBy(() -> RuleRef.of("a.b", "甲", "A".repeat(121), LAW))
          .hasMessage(
              "Cannot create RuleRef a.b: en '(121 characters)' must be at most 120 characters");
      assertThatThrownBy(() -> RuleRef.of("a.b", " ", "A", LAW))
          .hasMessage("Cannot create RuleRef a.b: zh '(1 character)' must not be blank");
      assertThatThrownBy(() -> RuleRef.of("a.b", "甲", "", LAW))
          .isInstanceOf(io.github.gridgov.core.InvalidModelException.class)
          .hasMessage("Cannot create RuleRef a.b: en '(0 characters)' must not be blank");
      RuleRef r = RuleRef.of("escalation.first-owner", "首接负责", "first owner", LAW);
      assertThat(r.name(Locale.CHINA)).isEqualTo("首接负责");
      assertThat(r.name(Locale.ENGLISH)).isEqualTo("first owner");
      assertThat(r.source()).isEqualTo(LAW);
      assertThat(r).hasToString("escalation.first-owner");
    }

    @Test
    @DisplayName("rules are equal by code; sources by kind and citation, printed with their kind")
    void equality() {
      new EqualsTester()
          .addEqualityGroup(
              RuleRef.of("a.b", "甲", "A", LAW), RuleRef.of("a.b", "乙", "B", RuleSource.ours()))
          .addEqualityGroup(RuleRef.of("a.c", "甲", "A", LAW))
          .testEquals();
      new EqualsTester()
          .addEqualityGroup(LAW, RuleSource.law("北京市接诉即办工作条例 Art. 14"))
          .addEqualityGroup(RuleSource.official("北京市接诉即办工作条例 Art. 14"))
          .addEqualityGroup(RuleSource.practice("北京市接诉即办工作条例 Art. 14"))
          .addEqualityGroup(RuleSource.law("北京市接诉即办工作条例 Art. 15"))
          .addEqualityGroup(RuleSource.ours())
          .testEquals();
      assertThat(LAW.kind()).isEqualTo(RuleSource.Kind.LAW);
      assertThat(RuleSource.official("x").kind()).isEqualTo(RuleSource.Kind.OFFICIAL);
      assertThat(RuleSource.practice("世联社区").kind()).isEqualTo(RuleSource.Kind.PRACTICE);
      assertThat(LAW.isOurs()).isFalse();
      assertThat(RuleSource.ours().isOurs()).isTrue();
      assertThat(LAW).hasToString("北京市接诉即办工作条例 Art. 14");
      assertThat(RuleSource.official("GB/T 1")).hasToString("GB/T 1 (official, quoted)");
      assertThat(RuleSource.practice("世联社区")).hasToString("世联社区 (practice)");
      assertThat(RuleSource.ours().toString()).isNotBlank();
    }

    @Test
    @DisplayName("a citation is 1-200 characters, not blank")
    void citations() {
      assertThat(RuleSource.law("x".repeat(200)).citation()).hasSize(200);
      assertThatThrownBy(() -> RuleSource.law("x".repeat(201)))
          .isInstanceOf(io.github.gridgov.core.InvalidModelException.class)
          .hasMessage(
              "Cannot create RuleSource: citation '(201 characters)' must be at most 200 characters");
      assertThatThrownBy(() -> RuleSource.practice(" "))
          .hasMessage("Cannot create RuleSource: citation '(1 character)' must not be blank");
      assertThatThrownBy(() -> RuleSource.official(""))
          .hasMessage("Cannot create RuleSource: citation '(0 characters)' must not be blank");
    }
  }

  @Test
  @DisplayName("reasons: equal by their list, found by code, printed as the list")
  void reasons() {
    Reason a =
        Reason.of(io.github.gridgov.rules.triage.TriageRules.DUPLICATE, "triage.small", "B-1");
    Reasons one = Reasons.of(a);
    assertThat(one.has("triage.small")).isTrue();
    assertThat(one.has("triage.other")).isFalse();
    assertThat(one.isEmpty()).isFalse();
    assertThat(Reasons.of().isEmpty()).isTrue();
    assertThat(one).hasToString("[" + a + "]");
    new EqualsTester()
        .addEqualityGroup(one, Reasons.of(java.util.List.of(a)))
        .addEqualityGroup(Reasons.of())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            a,
            Reason.of(io.github.gridgov.rules.triage.TriageRules.DUPLICATE, "triage.small", "B-1"))
        .addEqualityGroup(
            Reason.of(io.github.gridgov.rules.triage.TriageRules.DUPLICATE, "triage.small", "B-2"))
        .addEqualityGroup(
            Reason.of(io.github.gridgov.rules.triage.TriageRules.DUPLICATE, "triage.other", "B-1"))
        .testEquals();
  }

  @Test
  @DisplayName(
      "a reasons builder keeps the order given; what it built does not change when it goes on;"
          + " the list cannot be written")
  void reasonsBuilder() {
    Reason a = Reason.of(io.github.gridgov.rules.triage.TriageRules.DUPLICATE, "triage.a");
    Reason b = Reason.of(io.github.gridgov.rules.triage.TriageRules.DUPLICATE, "triage.b");
    Reason c = Reason.of(io.github.gridgov.rules.triage.TriageRules.DUPLICATE, "triage.c");
    Reasons.Builder builder = Reasons.builder().add(a).add(b);
    Reasons first = builder.build();
    builder.add(c);
    Reasons second = builder.build();
    assertThat(first.codes()).containsExactly("triage.a", "triage.b");
    assertThat(second.codes()).containsExactly("triage.a", "triage.b", "triage.c");
    assertThat(Reasons.builder().addAll(second).addAll(first).build().codes())
        .containsExactly("triage.a", "triage.b", "triage.c", "triage.a", "triage.b");
    Reasons.Builder many = Reasons.builder();
    for (int i = 0; i < 9; i++) {
      many.add(i % 2 == 0 ? a : b);
    }
    assertThat(many.size()).isEqualTo(9);
    assertThat(many.build().asList()).hasSize(9).startsWith(a, b, a).endsWith(a);
    assertThat(Reasons.builder().build()).isEqualTo(Reasons.of());
    assertThat(second).isEqualTo(Reasons.of(a, b, c)).hasSameHashCodeAs(Reasons.of(a, b, c));
    assertThatThrownBy(() -> second.asList().add(a))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Reasons.builder().add(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("reason");
  }

  @Test
  @DisplayName("ratios, periods, fractions and limits are equal by value and printed plainly")
  void smallValues() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    new EqualsTester()
        .addEqualityGroup(Ratio.of(1, 2), Ratio.of(1, 2))
        .addEqualityGroup(Ratio.of(2, 4))
        .addEqualityGroup(Ratio.of(1, 3))
        .addEqualityGroup(Ratio.of(0, 0))
        .testEquals();
    assertThat(Ratio.of(911, 972)).hasToString("911/972 (93.72%)");
    assertThat(Ratio.of(911, 972).numerator()).isEqualTo(911);
    assertThat(Ratio.of(911, 972).denominator()).isEqualTo(972);
    new EqualsTester()
        .addEqualityGroup(Period.of(t, t.plusSeconds(60)), Period.of(t, t.plusSeconds(60)))
        .addEqualityGroup(Period.of(t, t.plusSeconds(61)))
        .addEqualityGroup(Period.of(t.minusSeconds(1), t.plusSeconds(60)))
        .testEquals();
    assertThat(Period.of(t, t.plusSeconds(60)))
        .hasToString("[2026-01-01T00:00:00Z, 2026-01-01T00:01:00Z)");
    new EqualsTester()
        .addEqualityGroup(Fraction.of(1, 2), Fraction.of(2, 4), Fraction.HALF)
        .addEqualityGroup(Fraction.of(2, 3), Fraction.TWO_THIRDS)
        .addEqualityGroup(Fraction.of(3, 2))
        .testEquals();
    assertThat(Fraction.of(6, 8)).hasToString("3/4");
    assertThat(Fraction.of(6, 8).numerator()).isEqualTo(java.math.BigInteger.valueOf(3));
    assertThat(Fraction.of(6, 8).denominator()).isEqualTo(java.math.BigInteger.valueOf(4));
    new EqualsTester()
        .addEqualityGroup(SlaLimit.days(7), SlaLimit.days(7))
        .addEqualityGroup(SlaLimit.hours(7))
        .addEqualityGroup(SlaLimit.minutes(7))
        .addEqualityGroup(SlaLimit.days(8))
        .testEquals();
    assertThat(SlaLimit.days(7)).hasToString("7 DAYS");
    assertThat(SlaLimit.minutes(90).amount()).isEqualTo(90);
    assertThat(SlaLimit.minutes(90).on(WorkCalendar.natural())).isEqualTo(Duration.ofMinutes(90));
    assertThat(SlaLimit.hours(3).on(WorkCalendar.china())).isEqualTo(Duration.ofHours(3));
    assertThat(SlaLimit.days(2).on(WorkCalendar.china()))
        .as("working days of 8 hours")
        .isEqualTo(Duration.ofHours(16));
    assertThat(SlaLimit.days(2).on(WorkCalendar.natural())).isEqualTo(Duration.ofDays(2));
  }

  @Test
  @DisplayName("tier budgets: each share in (0, 1], together at most 1; equal by shares")
  void tierBudgets() {
    assertThat(
            TierBudgets.of(Map.of(Tier.BUILDING, 1.0)).budget(Tier.BUILDING, Duration.ofHours(10)))
        .contains(Duration.ofHours(10));
    assertThat(TierBudgets.of(Map.of(Tier.BUILDING, 0.5, Tier.GRID, 0.5)).shares()).hasSize(2);
    assertThatThrownBy(() -> TierBudgets.of(Map.of(Tier.BUILDING, 0.0)))
        .isInstanceOf(io.github.gridgov.core.InvalidModelException.class)
        .hasMessage("Cannot create TierBudgets: share of BUILDING '0.0' must be in (0, 1]");
    assertThatThrownBy(() -> TierBudgets.of(Map.of(Tier.BUILDING, 1.5)))
        .hasMessage("Cannot create TierBudgets: share of BUILDING '1.5' must be in (0, 1]");
    assertThatThrownBy(() -> TierBudgets.of(Map.of(Tier.BUILDING, 0.6, Tier.GRID, 0.5)))
        .hasMessageStartingWith("Cannot create TierBudgets: shares '1.1")
        .hasMessageEndingWith("' must add up to at most 1");
    new EqualsTester()
        .addEqualityGroup(
            TierBudgets.of(Map.of(Tier.GRID, 0.2)), TierBudgets.of(Map.of(Tier.GRID, 0.2)))
        .addEqualityGroup(TierBudgets.of(Map.of(Tier.GRID, 0.3)))
        .testEquals();
    assertThat(TierBudgets.of(Map.of(Tier.GRID, 0.2))).hasToString("TierBudgets{GRID=0.2}");
  }

  @Test
  @DisplayName("assignment weights: zero is allowed, a negative weight is refused by name")
  void weights() {
    AssignmentWeights zero =
        AssignmentWeights.builder().closeness(0).load(0).preferredSkill(0).satisfaction(0).build();
    assertThat(zero.satisfaction()).isZero();
    assertThat(AssignmentWeights.standard().satisfaction()).isEqualTo(20);
    for (String field : new String[] {"closeness", "load", "preferredSkill", "satisfaction"}) {
      AssignmentWeights.Builder b = AssignmentWeights.builder();
      switch (field) {
        case "closeness" -> b.closeness(-1);
        case "load" -> b.load(-1);
        case "preferredSkill" -> b.preferredSkill(-1);
        default -> b.satisfaction(-1);
      }
      assertThatThrownBy(b::build)
          .as(field)
          .hasMessageContaining(field)
          .hasMessageContaining("must not be negative");
    }
  }

  @Test
  @DisplayName(
      "the dispatch catalogue: equal by entries, fallback and coordinator; printed by its categories")
  void catalogue() {
    DispatchCatalogue standard = DispatchCatalogue.standard();
    assertThat(standard.has(Category.WATER_LEAK)).isTrue();
    assertThat(standard.entries()).isNotEmpty().containsKey(Category.WATER_LEAK);
    assertThat(standard.toString())
        .startsWith("DispatchCatalogue[")
        .contains(Category.WATER_LEAK.toString());
    DispatchCatalogue other =
        standard.toBuilder().coordinator(Department.of("district-office")).build();
    new EqualsTester()
        .addEqualityGroup(standard, DispatchCatalogue.standard())
        .addEqualityGroup(other)
        .testEquals();
  }

  @Test
  @DisplayName("calendars: equal by hours, zone, days and modes; printed with their arrangements")
  void calendars() {
    WorkCalendar china = WorkCalendar.china();
    assertThat(china.isNatural()).isFalse();
    assertThat(WorkCalendar.natural().isNatural()).isTrue();
    assertThat(WorkCalendar.natural()).hasToString("natural");
    assertThat(china)
        .hasToString(
            "working 09:00-17:00 Asia/Shanghai, statutory holidays, arrangements [2025, 2026]");
    assertThat(china.strict().toString()).endsWith(", strict");
    new EqualsTester()
        .addEqualityGroup(
            china,
            china.withArrangement(
                new java.io.ByteArrayInputStream(
                    "date,isOffDay,name\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .addEqualityGroup(china.strict())
        .addEqualityGroup(WorkCalendar.builder().build())
        .addEqualityGroup(WorkCalendar.builder().dayOff(LocalDate.of(2027, 1, 4)).build())
        .addEqualityGroup(WorkCalendar.natural())
        .testEquals();
  }
}
