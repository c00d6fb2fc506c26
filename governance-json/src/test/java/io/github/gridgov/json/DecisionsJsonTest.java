package io.github.gridgov.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.Texts;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.fixtures.Simulation;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.assignment.Workload;
import io.github.gridgov.rules.compliance.ComplianceChecks;
import io.github.gridgov.rules.deliberation.ResidentsMeeting;
import io.github.gridgov.rules.intake.Intake;
import io.github.gridgov.rules.metrics.Metrics;
import io.github.gridgov.rules.metrics.MetricsOptions;
import io.github.gridgov.rules.metrics.Period;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("decisions written with their reasons: codes, parameters and, when asked, the text")
class DecisionsJsonTest {
  static final GovernanceRules RULES = GovernanceRules.standard();
  static final ObjectMapper JSON = GovernanceJson.mapper(JsonOptions.clear());
  static final ObjectMapper WITH_TEXTS =
      GovernanceJson.mapper(JsonOptions.masked().withTexts(Texts.chinese()));

  @Test
  @DisplayName(
      "an intake: triage and assignment with outcome, tier, owner and every reason's rule, code and args")
  void intake() throws Exception {
    Jurisdiction j = SampleJurisdictions.anfeng().jurisdiction();
    ServiceOrder o = Generators.orders(j).count(1).generate(new SplittableRandom(3)).get(0);
    Intake in = RULES.intake(o, j, List.of(), Workload.none(), o.reportedAt());
    JsonNode n = JSON.readTree(JSON.writeValueAsString(in));
    assertThat(n.get("outcome").asText()).isEqualTo(in.outcome().name());
    assertThat(n.at("/triage/outcome").asText()).isEqualTo(in.triage().outcome().name());
    assertThat(n.at("/order/type").asText()).isEqualTo("service-order");
    JsonNode reason = n.at("/reasons/0");
    assertThat(reason.get("rule").asText()).isEqualTo(in.reasons().asList().get(0).rule().code());
    assertThat(reason.get("code").asText()).isEqualTo(in.reasons().asList().get(0).code());
    assertThat(reason.get("args").isArray()).isTrue();
    assertThat(reason.has("text")).isFalse();
    JsonNode texts = WITH_TEXTS.readTree(WITH_TEXTS.writeValueAsString(in.triage()));
    assertThat(texts.at("/reasons/0/text").asText())
        .isEqualTo(in.triage().reasons().asList().get(0).render(Texts.chinese()));
    in.assignment().ifPresent(a -> assertThat(n.at("/assignment/candidates").isArray()).isTrue());
  }

  @Test
  @DisplayName(
      "escalations, checks, compliance, a meeting and metrics: each an object of its accessors, times with offsets")
  void others() throws Exception {
    var run = Simulation.of(SampleJurisdictions.guangming(), RULES, 4, 15, 150).run(p -> {});
    Jurisdiction j = SampleJurisdictions.guangming().jurisdiction();
    Instant end = Instant.parse("2026-01-16T00:00:00Z");
    List<ServiceOrder> orders = run.finalOrders();
    var due = RULES.due(orders, j, end.plus(Duration.ofDays(3)));
    assertThat(due).isNotEmpty();
    JsonNode e = JSON.readTree(JSON.writeValueAsString(due.get(0)));
    assertThat(e.get("kind").asText()).isEqualTo(due.get(0).kind().name());
    assertThat(e.get("at").asText()).endsWith("+00:00");
    JsonNode compliance = JSON.readTree(JSON.writeValueAsString(ComplianceChecks.check(j)));
    assertThat(compliance.get("findings").isArray()).isTrue();
    JsonNode meeting =
        JSON.readTree(
            JSON.writeValueAsString(
                ResidentsMeeting.decide(
                    ResidentsMeeting.QuorumBase.HOUSEHOLD_REPRESENTATIVES, 100, 60, 40)));
    assertThat(meeting.get("adopted").asBoolean()).isTrue();
    assertThat(meeting.at("/attendance/numerator").asInt()).isEqualTo(3);
    var units =
        List.of(
            io.github.gridgov.rules.deliberation.ExclusiveUnit.builder()
                .id(io.github.gridgov.rules.deliberation.UnitId.of("U1"))
                .owner(io.github.gridgov.rules.deliberation.OwnerId.of("P1"))
                .registryArea(java.math.BigDecimal.TEN)
                .build());
    JsonNode vote =
        JSON.readTree(
            JSON.writeValueAsString(
                io.github.gridgov.rules.deliberation.OwnersVote.decide(
                    io.github.gridgov.rules.deliberation.Matter.REBUILD,
                    units,
                    List.of(
                        io.github.gridgov.rules.deliberation.Ballot.of(
                            io.github.gridgov.rules.deliberation.UnitId.of("U1"),
                            io.github.gridgov.rules.deliberation.OwnerId.of("P1"),
                            io.github.gridgov.rules.deliberation.Ballot.Choice.FOR)),
                    io.github.gridgov.rules.deliberation.OwnerCounting.STATUTORY)));
    assertThat(vote.get("matter").asText()).isEqualTo("REBUILD");
    assertThat(vote.get("passed").asBoolean()).isTrue();
    assertThat(vote.get("participationReached").asBoolean()).isTrue();
    assertThat(vote.at("/reasons/0/code").asText()).startsWith("deliberation.");
    var check =
        RULES.check(
            orders.get(0),
            io.github.gridgov.core.order.Dispatch.of(
                io.github.gridgov.core.order.Assignee.of(
                    io.github.gridgov.core.people.ResponderId.of("R-nobody")),
                io.github.gridgov.core.Tier.GRID,
                io.github.gridgov.core.order.Deadlines.of(
                    end.plusSeconds(60), end.plusSeconds(3600))),
            j,
            Workload.none(),
            end);
    JsonNode violations = JSON.readTree(JSON.writeValueAsString(check));
    assertThat(violations.get("valid").asBoolean()).isFalse();
    assertThat(violations.at("/violations/0/rule").asText()).startsWith("check.");
    Metrics m =
        Metrics.of(
            orders,
            Period.of(Instant.parse("2026-01-01T00:00:00Z"), end),
            MetricsOptions.standard());
    JsonNode metrics = JSON.readTree(JSON.writeValueAsString(m));
    assertThat(metrics.at("/closureRate/denominator").asLong())
        .isEqualTo(m.closureRate().denominator());
    assertThat(metrics.get("filed").asLong()).isEqualTo(m.filed());
  }
}
