package io.github.gridgov.rules;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.EscalationTrigger;
import io.github.gridgov.core.order.OrderFlag;
import io.github.gridgov.rules.assignment.AssignmentRules;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.check.CheckRules;
import io.github.gridgov.rules.check.DispatchChecks;
import io.github.gridgov.rules.check.RuleCheck;
import io.github.gridgov.rules.compliance.ComplianceChecks;
import io.github.gridgov.rules.compliance.ComplianceRules;
import io.github.gridgov.rules.deliberation.DeliberationRules;
import io.github.gridgov.rules.escalation.EscalationRules;
import io.github.gridgov.rules.intake.Intake;
import io.github.gridgov.rules.reason.Reason;
import io.github.gridgov.rules.reason.RuleRef;
import io.github.gridgov.rules.reason.RuleSource;
import io.github.gridgov.rules.sla.SlaRules;
import io.github.gridgov.rules.triage.TriageRules;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "规则 identity: each rule once, with its code, names and source; reasons, violations, findings and moves refer to it")
class RuleIdentityTest {
  static final List<Class<?>> RULE_CLASSES =
      List.of(
          TriageRules.class,
          AssignmentRules.class,
          SlaRules.class,
          EscalationRules.class,
          CheckRules.class,
          ComplianceRules.class,
          DeliberationRules.class,
          io.github.gridgov.rules.consultation.ConsultationRules.class,
          io.github.gridgov.rules.lists.ListRules.class,
          io.github.gridgov.rules.volunteer.VolunteerRules.class,
          io.github.gridgov.rules.inspection.InspectionRules.class);
  static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  static List<RuleRef> all() {
    return Stream.of(
            TriageRules.all(),
            AssignmentRules.all(),
            SlaRules.all(),
            EscalationRules.all(),
            CheckRules.all(),
            ComplianceRules.all(),
            DeliberationRules.all(),
            io.github.gridgov.rules.consultation.ConsultationRules.all(),
            io.github.gridgov.rules.lists.ListRules.all(),
            io.github.gridgov.rules.volunteer.VolunteerRules.all(),
            io.github.gridgov.rules.inspection.InspectionRules.all())
        .flatMap(List::stream)
        .toList();
  }

  @Test
  @DisplayName(
      "every rule is listed once, its code unique and prefixed by its package, with both names and a source")
  void definedOnce() throws IllegalAccessException {
    Set<String> codes = new HashSet<>();
    for (Class<?> c : RULE_CLASSES) {
      List<RuleRef> declared = new ArrayList<>();
      for (Field f : c.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == RuleRef.class) {
          declared.add((RuleRef) f.get(null));
        }
      }
      String prefix = c.getPackageName().substring(c.getPackageName().lastIndexOf('.') + 1) + ".";
      for (RuleRef r : declared) {
        assertThat(r.code()).as("%s in %s", r, c.getSimpleName()).startsWith(prefix);
        assertThat(codes.add(r.code())).as("unique %s", r).isTrue();
        assertThat(r.zh()).isNotBlank();
        assertThat(r.en()).isNotBlank();
        assertThat(r.source().isOurs() || !r.source().citation().isBlank()).isTrue();
      }
      assertThat(all())
          .as("all() of %s lists every constant", c.getSimpleName())
          .containsAll(declared);
    }
    assertThat(codes).hasSize(all().size());
  }

  @Test
  @DisplayName("a law's rule cites its article; our own rules say they are ours")
  void sources() {
    assertThat(EscalationRules.FIRST_OWNER.source().citation()).isEqualTo("北京市接诉即办工作条例 Art. 14");
    assertThat(EscalationRules.FIRST_OWNER.zh()).isEqualTo("首接负责");
    assertThat(EscalationRules.WHISTLE.source().kind()).isEqualTo(RuleSource.Kind.LAW);
    assertThat(TriageRules.BORROWING.source().kind()).isEqualTo(RuleSource.Kind.PRACTICE);
    assertThat(TriageRules.BORROWING.source()).hasToString("世联社区 (practice)");
    assertThat(SlaRules.TIER_BUDGET.source().isOurs()).isTrue();
    assertThat(SlaRules.TIER_BUDGET.source()).hasToString("gridgov default (configurable)");
    assertThat(EscalationRules.FIRST_OWNER.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("首接负责");
    assertThat(EscalationRules.FIRST_OWNER.name(Locale.ENGLISH))
        .startsWith("an owner gone off duty");
    assertThatThrownBy(() -> RuleRef.of("no-dot", "x", "x", RuleSource.ours()))
        .isInstanceOf(io.github.gridgov.core.InvalidModelException.class)
        .hasMessageContaining("must be <package>.<name>");
    assertThatThrownBy(() -> RuleSource.law(" "))
        .isInstanceOf(io.github.gridgov.core.InvalidModelException.class);
  }

  @Test
  @DisplayName(
      "every reason a decision gives names its rule; a violation carries its source like a finding")
  void referred() {
    GovernanceRules rules = GovernanceRules.standard();
    Intake in =
        rules.intake(
            order("O-1", FLAT_50, Category.WATER_LEAK, T0).build(),
            DISTRICT,
            List.of(),
            Workload.none(),
            T0);
    assertThat(in.reasons())
        .extracting(Reason::rule)
        .contains(
            TriageRules.CAPACITY,
            TriageRules.BORROWING,
            TriageRules.STARTING_TIER,
            AssignmentRules.RANKING);
    RuleCheck check =
        rules.check(
            in.order().accept(io.github.gridgov.core.order.Actor.staff("D-1"), T0.plusSeconds(60)),
            io.github.gridgov.core.order.Dispatch.of(
                io.github.gridgov.core.order.Assignee.of(GRID_2),
                io.github.gridgov.core.Tier.BUILDING,
                rules.deadlines(in.order(), DISTRICT, T0.plusSeconds(120))),
            DISTRICT,
            Workload.none(),
            T0.plusSeconds(120));
    assertThat(check.violations())
        .extracting(v -> v.rule())
        .contains(DispatchChecks.INELIGIBLE, CheckRules.TRANSFER);
    assertThat(
            check.violations().stream()
                .filter(v -> v.rule().equals(CheckRules.TRANSFER))
                .findFirst()
                .get()
                .source()
                .citation())
        .isEqualTo("北京市接诉即办工作条例 Art. 14");
    assertThat(ComplianceChecks.check(DISTRICT).findings())
        .allSatisfy(f -> assertThat(ComplianceRules.all()).contains(f.rule()));
    for (Reason r : in.reasons()) {
      assertThat(all()).as("the rule of %s is listed", r).contains(r.rule());
    }
  }

  @Test
  @DisplayName("every escalation trigger has its rule, and an escalation names it")
  void triggers() {
    for (EscalationTrigger t : EscalationTrigger.values()) {
      assertThat(EscalationRules.all()).contains(EscalationRules.of(t));
    }
    assertThat(EscalationRules.of(EscalationTrigger.OWNER_UNAVAILABLE))
        .isEqualTo(EscalationRules.FIRST_OWNER);
    GovernanceRules rules = GovernanceRules.standard();
    var o =
        rules
            .intake(
                order("O-2", FLAT_301, Category.WATER_LEAK, T0).build(),
                DISTRICT,
                List.of(),
                Workload.none(),
                T0)
            .order()
            .addFlag(
                io.github.gridgov.core.order.Actor.staff("D-1"),
                OrderFlag.NEEDS_LAW_ENFORCEMENT,
                T0.plusSeconds(60));
    var e = rules.escalation(o, DISTRICT, T0.plusSeconds(60)).get();
    assertThat(e.rule()).isEqualTo(EscalationRules.FLAG);
    assertThat(e.reasons())
        .extracting(Reason::rule)
        .containsExactly(EscalationRules.FLAG, EscalationRules.WHISTLE);
  }
}
