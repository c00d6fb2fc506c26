package io.github.gridgov.rules;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Department;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.rules.assignment.AssignmentRule;
import io.github.gridgov.rules.assignment.AssignmentWeights;
import io.github.gridgov.rules.assignment.RatingRecord;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.catalogue.CatalogueEntry;
import io.github.gridgov.rules.catalogue.DispatchCatalogue;
import io.github.gridgov.rules.check.DispatchChecks;
import io.github.gridgov.rules.escalation.EscalationRule;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.Reasons;
import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import io.github.gridgov.rules.sla.SlaLimit;
import io.github.gridgov.rules.sla.SlaProfile;
import io.github.gridgov.rules.sla.TierBudgets;
import io.github.gridgov.rules.sla.WorkCalendar;
import io.github.gridgov.rules.triage.TriageRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("contracts of the rules: texts, nulls, values, threads")
class RulesContractTest {
  static final Instant T0 = Instant.parse("2026-06-01T02:00:00Z");

  /** Every public String constant of the rule classes whose value looks like a code. */
  static List<String> codes() throws IllegalAccessException {
    List<String> out = new ArrayList<>();
    for (Class<?> c :
        List.of(
            TriageRule.class,
            AssignmentRule.class,
            EscalationRule.class,
            DispatchChecks.class,
            io.github.gridgov.rules.deliberation.OwnersVote.class,
            io.github.gridgov.rules.deliberation.ResidentsMeeting.class,
            io.github.gridgov.rules.compliance.ComplianceChecks.class)) {
      for (Field f : c.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
          out.add((String) f.get(null));
        }
      }
    }
    return out;
  }

  @Test
  @DisplayName(
      "every reason code and rule id has a Chinese and an English text, and the bundles agree")
  void texts() throws IllegalAccessException {
    ResourceBundle en =
        ResourceBundle.getBundle(
            "io.github.gridgov.rules.reason.reasons",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    ResourceBundle zh =
        ResourceBundle.getBundle(
            "io.github.gridgov.rules.reason.reasons",
            Locale.CHINESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    List<String> codes = codes();
    assertThat(codes).hasSizeGreaterThan(50);
    assertThat(en.keySet()).containsAll(codes);
    assertThat(zh.keySet()).containsAll(codes);
    assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    for (String k : en.keySet()) {
      assertThat(zh.getString(k)).as(k).matches("(?s).*\\p{IsHan}.*");
    }
  }

  static final RuleRef SOME_RULE =
      RuleRef.of("test.some-rule", "测试规则", "a rule for tests", RuleSource.ours());

  @Test
  @DisplayName("a reason renders its parameters, labelled ones in the reader's language")
  void rendering() {
    Reason r =
        Reason.of(
            io.github.gridgov.rules.triage.TriageRules.STARTING_TIER,
            TriageRule.START,
            Tier.STREET);
    assertThat(r.render(Locale.ENGLISH)).isEqualTo("It starts at the street tier.");
    assertThat(r.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("从街道层级开始办理。");
    assertThat(r.args()).containsExactly("STREET");
    assertThat(r.hasTexts()).isTrue();
    assertThat(Reason.of(SOME_RULE, "no.such-code", 1).render(Locale.ENGLISH))
        .isEqualTo("no.such-code[1]");
    assertThat(Reason.of(SOME_RULE, "no.such-code").hasTexts()).isFalse();
    assertThat(
            Reason.of(
                    io.github.gridgov.rules.assignment.AssignmentRules.RANKING,
                    AssignmentRule.CHOSEN,
                    Assignee.of(LEADER_43),
                    Tier.BUILDING,
                    20)
                .args())
        .containsExactly("R-leader-43", "BUILDING", "20");
  }

  @Test
  @DisplayName("the facade and its builder refuse null everywhere")
  void nulls() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(Jurisdiction.class, DISTRICT)
            .setDefault(ServiceOrder.class, order("O-1", FLAT_301, Category.WATER_LEAK, T0).build())
            .setDefault(Instant.class, T0.plusSeconds(60))
            .setDefault(Workload.class, Workload.none())
            .setDefault(
                Dispatch.class,
                Dispatch.of(
                    Assignee.of(LEADER_43),
                    Tier.BUILDING,
                    Deadlines.of(T0.plusSeconds(3600), T0.plusSeconds(7200))))
            .setDefault(Category.class, Category.WATER_LEAK)
            .setDefault(Duration.class, Duration.ofDays(1))
            .setDefault(WorkCalendar.class, WorkCalendar.natural())
            .setDefault(SlaProfile.class, SlaProfile.GD_12345)
            .setDefault(TierBudgets.class, TierBudgets.standard())
            .setDefault(DispatchCatalogue.class, DispatchCatalogue.standard())
            .setDefault(AssignmentWeights.class, AssignmentWeights.standard())
            .setDefault(CatalogueEntry.class, DispatchCatalogue.standard().entry(Category.PARKING))
            .setDefault(io.github.gridgov.core.people.ResponderId.class, LEADER_43)
            .setDefault(RuleRef.class, SOME_RULE)
            .setDefault(RuleSource.class, RuleSource.ours())
            .setDefault(
                io.github.gridgov.core.order.Actor.class,
                io.github.gridgov.core.order.Actor.staff("D-1"))
            .setDefault(io.github.gridgov.rules.escalation.Escalation.class, someEscalation())
            .setDefault(
                io.github.gridgov.core.order.OrderId.class,
                io.github.gridgov.core.order.OrderId.of("O-1"))
            .setDefault(
                io.github.gridgov.rules.command.OrderCommand.Kind.class,
                io.github.gridgov.rules.command.OrderCommand.Kind.ACCEPT)
            .setDefault(
                io.github.gridgov.rules.command.OrderCommand.class,
                io.github.gridgov.rules.command.OrderCommand.of(
                    io.github.gridgov.core.order.OrderId.of("O-1"),
                    io.github.gridgov.rules.command.OrderCommand.Kind.ACCEPT,
                    io.github.gridgov.core.order.Actor.staff("D-1"),
                    java.time.Instant.parse("2026-03-02T00:00:00Z")));
    t.testAllPublicInstanceMethods(GovernanceRules.standard());
    t.testAllPublicInstanceMethods(GovernanceRules.builder());
    t.testAllPublicInstanceMethods(DispatchCatalogue.standard());
    t.testAllPublicInstanceMethods(DispatchCatalogue.builder());
    t.testAllPublicStaticMethods(Reason.class);
    t.testAllPublicStaticMethods(SlaLimit.class);
    t.testAllPublicStaticMethods(RuleRef.class);
    t.testAllPublicStaticMethods(RuleSource.class);
    t.testAllPublicStaticMethods(io.github.gridgov.rules.command.OrderCommand.class);
    t.testAllPublicInstanceMethods(WorkCalendar.china());
    t.testAllPublicInstanceMethods(WorkCalendar.builder());
  }

  /** A reassignment proposed for an order nobody accepted in time. */
  static io.github.gridgov.rules.escalation.Escalation someEscalation() {
    ServiceOrder o =
        GovernanceRules.standard()
            .intake(
                order("O-1", FLAT_301, Category.WATER_LEAK, T0).build(),
                DISTRICT,
                List.of(),
                Workload.none(),
                T0)
            .order();
    return GovernanceRules.standard()
        .escalation(o, DISTRICT, T0.plus(Duration.ofDays(2)))
        .orElseThrow();
  }

  @Test
  @DisplayName("values are equal by value")
  void values() {
    new EqualsTester()
        .addEqualityGroup(SlaLimit.days(7), SlaLimit.days(7))
        .addEqualityGroup(SlaLimit.hours(7))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Reason.of(SOME_RULE, "a", 1), Reason.of(SOME_RULE, "a", "1"))
        .addEqualityGroup(Reason.of(SOME_RULE, "a", 2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Reasons.of(Reason.of(SOME_RULE, "a")), Reasons.of(List.of(Reason.of(SOME_RULE, "a"))))
        .addEqualityGroup(Reasons.of())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RatingRecord.of(3, 2), RatingRecord.of(3, 2))
        .addEqualityGroup(RatingRecord.of(3, 3))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(WorkCalendar.china(), WorkCalendar.china())
        .addEqualityGroup(WorkCalendar.natural())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            TierBudgets.standard(),
            TierBudgets.of(
                java.util.Map.of(
                    Tier.BUILDING, 0.2, Tier.GRID, 0.2, Tier.COMMUNITY, 0.2, Tier.STREET, 0.2)))
        .addEqualityGroup(TierBudgets.of(java.util.Map.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            DispatchCatalogue.standard(), DispatchCatalogue.standard().toBuilder().build())
        .addEqualityGroup(DispatchCatalogue.builder().build())
        .testEquals();
  }

  @Test
  @DisplayName(
      "bad configuration is refused as every configuration error is: InvalidModelException with the type, field, value and rule")
  void configuration() {
    assertThatThrownBy(() -> GovernanceRules.builder().unsatisfiedRatingsToEscalate(0))
        .isInstanceOfSatisfying(
            io.github.gridgov.core.InvalidModelException.class,
            e -> {
              assertThat(e.type()).isEqualTo("GovernanceRules");
              assertThat(e.field()).isEqualTo("unsatisfiedRatingsToEscalate");
              assertThat(e.shownValue()).isEqualTo("0");
              assertThat(e.rule()).isEqualTo("must be at least 1");
            })
        .hasMessage(
            "Cannot create GovernanceRules: unsatisfiedRatingsToEscalate '0' must be at least 1");
    GovernanceRules chained =
        GovernanceRules.builder()
            .calendar(WorkCalendar.natural())
            .weights(AssignmentWeights.builder().load(0).build())
            .duplicateWindow(Duration.ZERO)
            .unsatisfiedRatingsToEscalate(1)
            .tierBudgets(TierBudgets.of(java.util.Map.of()))
            .build();
    assertThat(chained.slaProfile().calendar()).isEqualTo(WorkCalendar.natural());
    assertThat(chained.slaProfile().tierBudgets().shares()).isEmpty();
    assertThatThrownBy(() -> GovernanceRules.builder().duplicateWindow(Duration.ofHours(-1)))
        .isInstanceOf(io.github.gridgov.core.InvalidModelException.class)
        .hasMessage("Cannot create GovernanceRules: duplicateWindow 'PT-1H' must not be negative");
    assertThatThrownBy(() -> AssignmentWeights.builder().load(-1).build())
        .hasMessage("Cannot create AssignmentWeights: load '-1' must not be negative");
    assertThatThrownBy(() -> RatingRecord.of(2, 3))
        .hasMessage("Cannot create RatingRecord: satisfied '3' must be between 0 and rated 2");
    assertThatThrownBy(() -> Department.of("区统筹"))
        .hasMessage("Cannot create Department: code '区统筹' must be 1-40 characters of [a-z0-9-]");
    assertThatThrownBy(() -> DispatchCatalogue.builder().coordinator(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("department");
    assertThatThrownBy(() -> Workload.builder().putOpenOrder(Assignee.of(LEADER_43), -1).build())
        .hasMessage(
            "Cannot create Workload: openOrders 'responder:R-leader-43=-1' must not be negative");
    assertThat(
            GovernanceRules.builder().slaProfile(SlaProfile.GD_12345).build().slaProfile().name())
        .isEqualTo("GD_12345");
    assertThat(GovernanceRules.standard().toString()).startsWith("GovernanceRules[BJ_12345_DRAFT");
  }

  @Test
  @DisplayName("one GovernanceRules shared by 8 threads gives every thread the same decisions")
  void threads() throws Exception {
    GovernanceRules rules = GovernanceRules.standard();
    List<ServiceOrder> orders = new ArrayList<>();
    Category[] categories = {
      Category.WATER_LEAK,
      Category.NEIGHBOUR_DISPUTE,
      Category.ELDERLY_MEALS,
      Category.PARKING,
      Category.UNLICENSED_CONSTRUCTION,
      Category.HEATING
    };
    var households = List.of(FLAT_301, FLAT_401, FLAT_44, FLAT_50, FLAT_60);
    for (int i = 0; i < 60; i++) {
      ServiceOrder.Builder b =
          order(
              "O-" + i,
              households.get(i % households.size()),
              categories[i % categories.length],
              T0.plusSeconds(i * 60L));
      if (i % 7 == 0) {
        b.addReportedFlag(OrderFlag.VIOLENCE_RISK);
      }
      orders.add(b.build());
    }
    java.util.function.Function<ServiceOrder, String> decide =
        o -> {
          var a = rules.assign(o, DISTRICT, Workload.none(), T0.plusSeconds(3600));
          var dispatched =
              a.dispatch().map(d -> o.dispatch(DISPATCHER, d, T0.plusSeconds(3600))).orElse(o);
          return rules.triage(o, DISTRICT, orders)
              + "|"
              + a
              + "|"
              + rules.escalation(dispatched, DISTRICT, T0.plus(Duration.ofDays(3)))
              + "|"
              + rules.nextCheckAt(dispatched)
              + "|"
              + rules.sla(dispatched, T0.plus(Duration.ofDays(2)));
        };
    List<String> expected = orders.stream().map(decide).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(
            pool.submit(
                () -> {
                  List<String> out = new ArrayList<>();
                  for (int round = 0; round < 20; round++) {
                    out = orders.stream().map(decide).toList();
                  }
                  return out;
                }));
      }
      for (Future<List<String>> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
