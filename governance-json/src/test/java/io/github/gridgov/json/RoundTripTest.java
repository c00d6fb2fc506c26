package io.github.gridgov.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gridgov.core.order.OrderEvent;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.people.Household;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.fixtures.SampleCommunity;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.fixtures.Simulation;
import io.github.gridgov.rules.GovernanceRules;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("write → read is the original, for registries and orders with their trails")
class RoundTripTest {
  static final ObjectMapper CLEAR = GovernanceJson.mapper(JsonOptions.clear());

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 25);
  }

  /** Every entity of {@code a} equals that of {@code b}, in registry order. */
  static void assertSameRegistry(Jurisdiction a, Jurisdiction b) {
    assertThat(b.streets()).isEqualTo(a.streets());
    assertThat(b.communities()).isEqualTo(a.communities());
    assertThat(b.grids()).isEqualTo(a.grids());
    assertThat(b.compounds()).isEqualTo(a.compounds());
    assertThat(b.buildings()).isEqualTo(a.buildings());
    assertThat(b.households().collect(Collectors.toList()))
        .isEqualTo(a.households().collect(Collectors.toList()));
    assertThat(b.residents()).isEqualTo(a.residents());
    assertThat(b.responders()).isEqualTo(a.responders());
    assertThat(b.teams()).isEqualTo(a.teams());
    assertThat(b.sizeLimits()).isEqualTo(a.sizeLimits());
    assertThat(b.warnings()).isEqualTo(a.warnings());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName(
      "a generated registry reads back with every entity equal, and writes the same text again")
  void registries(long seed) throws Exception {
    Jurisdiction j =
        Generators.jurisdictions()
            .streets(1)
            .communitiesPerStreet(1, 3)
            .gridsPerCommunity(1, 4)
            .buildingsPerGrid(1, 4)
            .householdsPerBuilding(1, 12)
            .gaps(0.1, 0.1)
            .unmanagedShare(0.2)
            .careNeedShare(0.2)
            .generate(new SplittableRandom(seed));
    String text = CLEAR.writeValueAsString(j);
    Jurisdiction back = CLEAR.readValue(text, Jurisdiction.class);
    assertSameRegistry(j, back);
    assertThat(CLEAR.writeValueAsString(back)).isEqualTo(text);
  }

  @Test
  @DisplayName("the five sample communities read back equal")
  void samples() throws Exception {
    for (SampleCommunity s : SampleJurisdictions.all()) {
      String text = CLEAR.writeValueAsString(s.jurisdiction());
      assertSameRegistry(s.jurisdiction(), CLEAR.readValue(text, Jurisdiction.class));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName(
      "orders that lived through the host loop read back equal, trail and all, one by one and their events alone")
  void orders(long seed) throws Exception {
    List<SampleCommunity> all = SampleJurisdictions.all();
    SampleCommunity s = all.get((int) (seed % all.size()));
    List<ServiceOrder> orders =
        Simulation.of(s, GovernanceRules.standard(), seed, 20, 120).run(p -> {}).finalOrders();
    assertThat(orders)
        .as("120 generated, and the patrols' findings")
        .hasSizeGreaterThanOrEqualTo(120);
    for (ServiceOrder o : orders) {
      String text = CLEAR.writeValueAsString(o);
      ServiceOrder back = CLEAR.readValue(text, ServiceOrder.class);
      assertThat(back).isEqualTo(o);
      assertThat(back.status()).isEqualTo(o.status());
      for (OrderEvent e : o.events()) {
        assertThat(CLEAR.readValue(CLEAR.writeValueAsString(e), OrderEvent.class)).isEqualTo(e);
      }
    }
    assertThat(orders.stream().mapToInt(o -> o.events().size()).sum()).isGreaterThan(400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("a stream of generated orders reads back equal, as a list")
  void orderStreams(long seed) throws Exception {
    Jurisdiction j = SampleJurisdictions.all().get((int) (seed % 5)).jurisdiction();
    List<ServiceOrder> orders =
        Generators.orders(j).count(200).generate(new SplittableRandom(seed));
    String text = CLEAR.writeValueAsString(orders);
    List<ServiceOrder> back =
        CLEAR.readValue(
            text, CLEAR.getTypeFactory().constructCollectionType(List.class, ServiceOrder.class));
    assertThat(back).isEqualTo(orders);
  }

  @Test
  @DisplayName("each entity on its own reads back equal")
  void entities() throws Exception {
    Jurisdiction j = SampleJurisdictions.anfeng().jurisdiction();
    for (Object entity :
        List.of(
            j.streets().get(0),
            j.communities().get(0),
            j.grids().get(0),
            j.compounds().get(0),
            j.buildings().get(0),
            j.residents().get(0),
            j.responders().get(0),
            j.teams().get(0))) {
      assertThat(
              CLEAR.readValue(CLEAR.writeValueAsString(entity), entity.getClass().getSuperclass()))
          .isEqualTo(entity);
    }
    Household h = j.households().findFirst().orElseThrow();
    assertThat(CLEAR.readValue(CLEAR.writeValueAsString(h), Household.class)).isEqualTo(h);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName("dispatches, deadlines, ratings and the printed forms read back equal, on their own")
  void smallValues(long seed) throws Exception {
    List<ServiceOrder> orders =
        Simulation.of(
                SampleJurisdictions.all().get((int) (seed % 5)),
                GovernanceRules.standard(),
                seed,
                10,
                40)
            .run(p -> {})
            .finalOrders();
    int seen = 0;
    for (ServiceOrder o : orders) {
      for (OrderEvent e : o.events()) {
        if (e.dispatch().isPresent()) {
          var d = e.dispatch().get();
          assertThat(
                  CLEAR.readValue(
                      CLEAR.writeValueAsString(d), io.github.gridgov.core.order.Dispatch.class))
              .isEqualTo(d);
          assertThat(
                  CLEAR.readValue(
                      CLEAR.writeValueAsString(d.deadlines()),
                      io.github.gridgov.core.order.Deadlines.class))
              .isEqualTo(d.deadlines());
          assertThat(
                  CLEAR.readValue(
                      CLEAR.writeValueAsString(d.assignee()),
                      io.github.gridgov.core.order.Assignee.class))
              .isEqualTo(d.assignee());
          seen++;
        }
        if (e.rating().isPresent()) {
          assertThat(
                  CLEAR.readValue(
                      CLEAR.writeValueAsString(e.rating().get()),
                      io.github.gridgov.core.order.Rating.class))
              .isEqualTo(e.rating().get());
        }
        assertThat(
                CLEAR.readValue(
                    CLEAR.writeValueAsString(e.actor()), io.github.gridgov.core.order.Actor.class))
            .isEqualTo(e.actor());
      }
      assertThat(
              CLEAR.readValue(
                  CLEAR.writeValueAsString(o.location()),
                  io.github.gridgov.core.order.Location.class))
          .isEqualTo(o.location());
    }
    assertThat(seen).isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName(
      "commands read back equal: a report with its order, and the steps of simulated trails as commands")
  void commands(long seed) throws Exception {
    Jurisdiction j = SampleJurisdictions.all().get((int) (seed % 5)).jurisdiction();
    for (ServiceOrder o : Generators.orders(j).count(30).generate(new SplittableRandom(seed))) {
      var report =
          io.github.gridgov.rules.command.OrderCommand.report(
              o, io.github.gridgov.core.order.Actor.staff("D-1"));
      assertThat(
              CLEAR.readValue(
                  CLEAR.writeValueAsString(report),
                  io.github.gridgov.rules.command.OrderCommand.class))
          .isEqualTo(report);
    }
    var t0 = java.time.Instant.parse("2026-03-02T00:00:00Z");
    var park =
        io.github.gridgov.rules.command.OrderCommand.builder()
            .order(io.github.gridgov.core.order.OrderId.of("O-1"))
            .kind(io.github.gridgov.rules.command.OrderCommand.Kind.SUPERVISE)
            .actor(io.github.gridgov.core.order.Actor.staff("S"))
            .at(t0)
            .tier(io.github.gridgov.core.Tier.STREET)
            .text("请尽快回复")
            .until(t0.plusSeconds(86_400))
            .build();
    assertThat(
            CLEAR.readValue(
                CLEAR.writeValueAsString(park), io.github.gridgov.rules.command.OrderCommand.class))
        .isEqualTo(park);
  }
}
