package io.github.gridgov.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.fixtures.SimulationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The topology deciding alone what the simulation decided in process: the platform's own steps
 * from the simulation's trails go in as commands (with the roster change announced as a registry
 * version and a clock record at the end), and every rule decision — intake, assignment,
 * reassignment, escalation, 吹哨, coordination, closing unrated — comes out the same, order by order
 * and step by step.
 */
@DisplayName(
    "the topology on TopologyTestDriver decides as the in-process simulation, order by order")
class SimulationOnTopologyTest {

  @ParameterizedTest(name = "seed {0}, {1} days")
  @CsvSource({"42, 45", "7, 30"})
  @DisplayName("every order ends with the simulation's trail, the rules' own steps included")
  void sameTrails(long seed, int days) throws Exception {
    KafkaDemo.Plan plan = KafkaDemo.plan(SampleJurisdictions.all(), days, seed);
    Map<String, Map<String, ServiceOrder>> onTopology = KafkaDemo.inOneProcess(plan);
    int compared = 0;
    List<String> differ = new ArrayList<>();
    for (Map.Entry<String, SimulationReport> e : plan.inProcess().entrySet()) {
      for (ServiceOrder a : e.getValue().finalOrders()) {
        ServiceOrder b = onTopology.getOrDefault(e.getKey(), Map.of()).get(a.id().value());
        compared++;
        if (b == null || !KafkaDemo.sameSteps(a, b)) {
          differ.add(e.getKey() + "/" + a.id());
        }
      }
    }
    assertThat(compared).as("orders of the five communities").isGreaterThan(1_000 * days / 45);
    assertThat(differ).as("orders whose trail differs").isEmpty();
    long rulesSteps =
        onTopology.values().stream()
            .flatMap(m -> m.values().stream())
            .flatMap(o -> o.events().stream())
            .filter(x -> x.actor().id().equals("gridgov-rules"))
            .count();
    assertThat(rulesSteps)
        .as("steps the topology took by itself (escalations, closing unrated …)")
        .isGreaterThan(100);
  }
}
