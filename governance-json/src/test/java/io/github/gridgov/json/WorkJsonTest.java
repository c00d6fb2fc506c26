package io.github.gridgov.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gridgov.core.InvalidModelException;
import io.github.gridgov.core.inspection.InspectionPlan;
import io.github.gridgov.core.inspection.Visit;
import io.github.gridgov.core.lists.IllegalProjectStepException;
import io.github.gridgov.core.lists.Project;
import io.github.gridgov.core.lists.ServiceMenu;
import io.github.gridgov.core.lists.ThreeLists;
import io.github.gridgov.core.order.Actor;
import io.github.gridgov.fixtures.SampleCommunity;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.fixtures.Simulation;
import io.github.gridgov.fixtures.SimulationReport;
import io.github.gridgov.fixtures.WorkReport;
import io.github.gridgov.rules.GovernanceRules;
import io.github.gridgov.rules.consultation.Consultation;
import io.github.gridgov.rules.consultation.IllegalConsultationStepException;
import io.github.gridgov.rules.consultation.Stage;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName(
    "the community's work in JSON: three lists, menus, plans, visits and consultations, written and read back")
class WorkJsonTest {
  private static final ObjectMapper CLEAR = GovernanceJson.mapper(JsonOptions.clear());
  private static final ObjectMapper MASKED = GovernanceJson.mapper(JsonOptions.masked());

  static Stream<SampleCommunity> samples() {
    return SampleJurisdictions.all().stream();
  }

  private static <T> T back(T value, Class<T> type) throws Exception {
    return CLEAR.readValue(CLEAR.writeValueAsString(value), type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  @DisplayName(
      "each sample's lists, menu, plans and consultation, and a simulated period's, read back equal")
  void samplesAndSimulation(SampleCommunity s) throws Exception {
    assertThat(back(s.work().lists(), ThreeLists.class)).isEqualTo(s.work().lists());
    assertThat(back(s.work().menu(), ServiceMenu.class)).isEqualTo(s.work().menu());
    for (InspectionPlan p : s.work().plans()) {
      assertThat(back(p, InspectionPlan.class)).isEqualTo(p);
    }
    SimulationReport r = Simulation.of(s, GovernanceRules.standard(), 3, 40, 100).run(p -> {});
    WorkReport w = r.work().orElseThrow();
    Consultation c = w.consultation();
    assertThat(c.stage())
        .as("40 days reach the decision")
        .isIn(Stage.FED_BACK, Stage.IMPLEMENTING, Stage.NOT_ADOPTED);
    Consultation read = back(c, Consultation.class);
    assertThat(read).isEqualTo(c);
    assertThat(read.outcome().get().reasons().codes())
        .isEqualTo(c.outcome().get().reasons().codes());
    assertThat(back(w.lists(), ThreeLists.class)).isEqualTo(w.lists());
  }

  @Test
  @DisplayName(
      "a visit with its note and orders; masked by default, a masked note cannot be read back")
  void visits() throws Exception {
    InspectionPlan plan = SampleJurisdictions.youyihe().work().plans().get(0);
    Visit v =
        Visit.builder()
            .plan(plan.id())
            .responder(plan.responders().get(0))
            .building(io.github.gridgov.core.area.BuildingId.of("YY-K1-B1"))
            .at(Instant.parse("2026-05-04T01:10:00Z"))
            .note("3栋楼道堆放杂物")
            .addOrder(io.github.gridgov.core.order.OrderId.of("F-1"))
            .build();
    assertThat(back(v, Visit.class)).isEqualTo(v);
    String masked = MASKED.writeValueAsString(v);
    assertThat(masked).doesNotContain("楼道堆放杂物");
    assertThat(refusal(() -> MASKED.readValue(masked, Visit.class)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("note")
        .hasMessageContaining("was written masked");
  }

  @Test
  @DisplayName(
      "a tampered trail is refused by the steps themselves: a claimed project claimed again, a consultation decided before it was deliberated")
  void tamperedTrails() throws Exception {
    Project done = SampleJurisdictions.guangming().work().lists().projects().get(0);
    ObjectNode p = (ObjectNode) CLEAR.readTree(CLEAR.writeValueAsString(done));
    ObjectNode claim = (ObjectNode) p.get("steps").get(1);
    ObjectNode third = (ObjectNode) p.get("steps").get(2);
    third.removeAll();
    third.setAll(claim.deepCopy());
    third.put("sequence", 3);
    assertThat(refusal(() -> CLEAR.treeToValue(p, Project.class)))
        .isInstanceOf(IllegalProjectStepException.class)
        .hasMessageContaining("only a listed project can be claimed");

    Consultation c =
        SampleJurisdictions.anfeng()
            .work()
            .consultationAt(Actor.staff("s"), Instant.parse("2026-03-02T01:00:00Z"))
            .notifyParticipants(
                Actor.staff("s"),
                Instant.parse("2026-03-06T01:00:00Z"),
                Instant.parse("2026-03-02T02:00:00Z"));
    ObjectNode k = (ObjectNode) CLEAR.readTree(CLEAR.writeValueAsString(c));
    ObjectNode decide = ((ObjectNode) k.get("steps").get(1)).put("kind", "DECIDE");
    decide.putObject("outcome").put("rule", "OWNERS_VOTE").put("adopted", true).putArray("reasons");
    assertThat(refusal(() -> CLEAR.treeToValue(k, Consultation.class)))
        .isInstanceOf(IllegalConsultationStepException.class)
        .hasMessageContaining("a decision follows the deliberation");
    JsonNode unknownRule = CLEAR.readTree(CLEAR.writeValueAsString(c));
    ObjectNode bad = ((ObjectNode) unknownRule.get("steps").get(1)).put("kind", "DECIDE");
    bad.putObject("outcome")
        .put("rule", "OWNERS_VOTE")
        .put("adopted", true)
        .putArray("reasons")
        .addObject()
        .put("rule", "no.such-rule")
        .put("code", "x")
        .putArray("args");
    assertThat(refusal(() -> CLEAR.treeToValue(unknownRule, Consultation.class)))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("must be the code of one of gridgov's rules");
  }

  /** What reading threw, unwrapped from Jackson's exceptions if it wrapped it. */
  private static Throwable refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(read);
    assertThat(t).as("reading is refused").isNotNull();
    while (t.getCause() != null && t instanceof com.fasterxml.jackson.core.JacksonException) {
      t = t.getCause();
    }
    return t;
  }
}
