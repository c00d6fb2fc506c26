package io.github.gridgov.rules.check;

import static io.github.gridgov.rules.Neighbourhood.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.Tier;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.core.order.Assignee;
import io.github.gridgov.core.order.Category;
import io.github.gridgov.core.order.Deadlines;
import io.github.gridgov.core.order.Dispatch;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.ResponderId;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.assignment.Workload;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("派单校验: checks of a dispatch made by hand")
class DispatchChecksTest {
  static final GovernanceRules RULES = GovernanceRules.standard();
  static final Instant NOW = Instant.parse("2026-06-01T02:10:00Z");
  static final ServiceOrder LEAK =
      order("O-1", FLAT_301, Category.WATER_LEAK, NOW.minusSeconds(600)).requester(WANG).build();

  static Dispatch to(ResponderId who, Tier tier) {
    return Dispatch.of(Assignee.of(who), tier, RULES.deadlines(LEAK, NOW));
  }

  static RuleCheck check(ServiceOrder o, Dispatch d) {
    return RULES.check(o, d, DISTRICT, Workload.none(), NOW);
  }

  @Test
  @DisplayName("the rules' own choice passes with no violation")
  void valid() {
    RuleCheck c = check(LEAK, to(LEADER_43, Tier.BUILDING));
    assertThat(c.violations()).isEmpty();
    assertThat(c.isValid()).isTrue();
  }

  @Test
  @DisplayName("an eligible but second-best assignee passes with a warning")
  void notBest() {
    RuleCheck c = check(LEAK, to(UNIT_43, Tier.BUILDING));
    assertThat(c.isValid()).isTrue();
    assertThat(c.violations()).extracting(Violation::rule).containsExactly(DispatchChecks.NOT_BEST);
    assertThat(c.violations().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  @DisplayName("an unknown assignee, an off-duty one, one not covering the area")
  void ineligible() {
    assertThat(
            check(LEAK, to(ResponderId.of("R-ghost"), Tier.BUILDING))
                .violates(DispatchChecks.UNKNOWN_ASSIGNEE))
        .isTrue();
    ServiceOrder o44 = order("O-2", FLAT_44, Category.WATER_LEAK, NOW).build();
    RuleCheck off =
        RULES.check(
            o44,
            Dispatch.of(Assignee.of(LEADER_44), Tier.BUILDING, RULES.deadlines(o44, DISTRICT, NOW)),
            DISTRICT,
            Workload.none(),
            NOW);
    assertThat(off.violations())
        .extracting(Violation::rule)
        .containsExactly(DispatchChecks.INELIGIBLE);
    assertThat(off.violations().get(0).reasons().codes()).containsExactly("assignment.off-duty");
    RuleCheck far = check(LEAK, to(GRID_3, Tier.GRID));
    assertThat(far.violations())
        .extracting(Violation::rule)
        .containsExactly(DispatchChecks.INELIGIBLE);
    assertThat(far.violations().get(0).reasons().render(Locale.ENGLISH))
        .containsExactly("R-grid-3 does not cover building B-43 at the grid tier.");
  }

  @Test
  @DisplayName("an assignee over capacity")
  void capacity() {
    RuleCheck c =
        RULES.check(
            LEAK,
            to(LEADER_43, Tier.BUILDING),
            DISTRICT,
            Workload.builder().putOpenOrder(Assignee.of(LEADER_43), 9).build(),
            NOW);
    assertThat(c.violations()).extracting(Violation::rule).contains(DispatchChecks.OVER_CAPACITY);
  }

  @Test
  @DisplayName("the requester assigned to their own matter")
  void requester() {
    ServiceOrder byLi = order("O-3", FLAT_44, Category.ELDERLY_MEALS, NOW).requester(LI).build();
    RuleCheck c =
        RULES.check(
            byLi,
            Dispatch.of(Assignee.of(VOLUNTEER), Tier.COMMUNITY, RULES.deadlines(byLi, NOW)),
            DISTRICT,
            Workload.none(),
            NOW);
    assertThat(c.violations()).extracting(Violation::rule).contains(DispatchChecks.REQUESTER);
  }

  @Test
  @DisplayName("a deadline later than the SLA allows, or already passed (北京市接诉即办工作条例 Art. 13)")
  void deadlines() {
    Deadlines late = Deadlines.of(NOW.plus(Duration.ofHours(1)), NOW.plus(Duration.ofDays(30)));
    assertThat(check(LEAK, Dispatch.of(Assignee.of(LEADER_43), Tier.BUILDING, late)).violations())
        .extracting(Violation::rule)
        .containsExactly(DispatchChecks.DEADLINE);
    Deadlines passed = Deadlines.of(NOW, NOW.plus(Duration.ofDays(1)));
    assertThat(check(LEAK, Dispatch.of(Assignee.of(LEADER_43), Tier.BUILDING, passed)).violations())
        .extracting(Violation::rule)
        .containsExactly(DispatchChecks.DEADLINE);
  }

  @Test
  @DisplayName("a tier below what the scope or powers require")
  void tierTooLow() {
    ServiceOrder construction =
        order("O-4", FLAT_301, Category.UNLICENSED_CONSTRUCTION, NOW).build();
    RuleCheck c =
        RULES.check(
            construction,
            Dispatch.of(Assignee.of(LEADER_43), Tier.BUILDING, RULES.deadlines(construction, NOW)),
            DISTRICT,
            Workload.none(),
            NOW);
    assertThat(c.violations()).extracting(Violation::rule).contains(DispatchChecks.TIER_TOO_LOW);
  }

  @Test
  @DisplayName("the community made primary handler of a matter outside its duty list (Art. 17)")
  void communityDuty() {
    ServiceOrder heating = order("O-5", FLAT_301, Category.HEATING, NOW).build();
    RuleCheck c =
        RULES.check(
            heating,
            Dispatch.of(Assignee.of(WORKER_ANFENG), Tier.COMMUNITY, RULES.deadlines(heating, NOW)),
            DISTRICT,
            Workload.none(),
            NOW);
    assertThat(c.violations())
        .extracting(Violation::rule)
        .contains(DispatchChecks.COMMUNITY_DUTY, DispatchChecks.TIER_TOO_LOW);
  }

  @Test
  @DisplayName(
      "首接负责: moving an accepted order to another owner needs an approved objection (Art. 14)")
  void transfer() {
    ServiceOrder accepted =
        LEAK.dispatch(DISPATCHER, to(LEADER_43, Tier.BUILDING), NOW)
            .accept(Actor.responder(LEADER_43), NOW.plusSeconds(60));
    RuleCheck c = check(accepted, to(UNIT_43, Tier.BUILDING));
    assertThat(c.violations()).extracting(Violation::rule).contains(DispatchChecks.TRANSFER);
    ServiceOrder approved =
        accepted
            .raiseObjection(Actor.responder(LEADER_43), "非本人职责", NOW.plusSeconds(120))
            .decideObjection(DISPATCHER, true, "同意", NOW.plusSeconds(180));
    assertThat(check(approved, to(UNIT_43, Tier.BUILDING)).violates(DispatchChecks.TRANSFER))
        .isFalse();
  }
}
