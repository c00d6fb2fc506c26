package io.github.gridgov.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.gridgov.core.order.ServiceOrder;
import io.github.gridgov.core.registry.Jurisdiction;
import io.github.gridgov.fixtures.Generators;
import io.github.gridgov.fixtures.SampleJurisdictions;
import io.github.gridgov.fixtures.Simulation;
import io.github.gridgov.rules.GovernanceRules;
import java.io.InputStream;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("the schema files describe what the module writes, masked and clear")
class SchemaTest {
  static final Schema ORDER = schema("service-order.schema.json");
  static final Schema REGISTRY = schema("jurisdiction.schema.json");
  static final Schema COMMAND = schema("order-command.schema.json");
  static final Schema LISTS = schema("three-lists.schema.json");
  static final Schema CONSULTATION = schema("consultation.schema.json");

  static Schema schema(String file) {
    try (InputStream in = GovernanceJson.class.getResourceAsStream(file)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream()
        .map(Error::toString)
        .collect(Collectors.toList());
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 10);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName(
      "orders that lived through the host loop, and generated registries, match their schema both ways")
  void written(long seed) throws Exception {
    List<ServiceOrder> orders =
        Simulation.of(
                SampleJurisdictions.all().get((int) (seed % 5)),
                GovernanceRules.standard(),
                seed,
                15,
                60)
            .run(p -> {})
            .finalOrders();
    Jurisdiction j =
        Generators.jurisdictions()
            .streets(1)
            .communitiesPerStreet(1, 2)
            .gridsPerCommunity(1, 3)
            .buildingsPerGrid(1, 3)
            .householdsPerBuilding(1, 8)
            .unmanagedShare(0.3)
            .generate(new SplittableRandom(seed));
    for (ObjectMapper m :
        List.of(GovernanceJson.mapper(), GovernanceJson.mapper(JsonOptions.clear()))) {
      for (ServiceOrder o : orders) {
        assertThat(errors(ORDER, m.writeValueAsString(o))).as("%s", o.id()).isEmpty();
      }
      assertThat(errors(REGISTRY, m.writeValueAsString(j))).isEmpty();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  @DisplayName(
      "commands match their schema both ways: reports with their orders, and steps with their facts")
  void commands(long seed) throws Exception {
    Jurisdiction j = SampleJurisdictions.all().get((int) (seed % 5)).jurisdiction();
    var t0 = java.time.Instant.parse("2026-03-02T00:00:00Z");
    var staff = io.github.gridgov.core.order.Actor.staff("D-1");
    for (ObjectMapper m :
        List.of(GovernanceJson.mapper(), GovernanceJson.mapper(JsonOptions.clear()))) {
      for (ServiceOrder o : Generators.orders(j).count(20).generate(new SplittableRandom(seed))) {
        assertThat(
                errors(
                    COMMAND,
                    m.writeValueAsString(
                        io.github.gridgov.rules.command.OrderCommand.report(o, staff))))
            .isEmpty();
      }
      var park =
          io.github.gridgov.rules.command.OrderCommand.builder()
              .order(io.github.gridgov.core.order.OrderId.of("O-1"))
              .kind(io.github.gridgov.rules.command.OrderCommand.Kind.PARK)
              .actor(staff)
              .at(t0)
              .text("等待施工")
              .until(t0.plusSeconds(86_400))
              .build();
      assertThat(errors(COMMAND, m.writeValueAsString(park))).isEmpty();
      assertThat(errors(COMMAND, m.writeValueAsString(park).replace("\"PARK\"", "\"FLY\"")))
          .isNotEmpty();
    }
  }

  @Test
  @DisplayName("the five sample communities match the registry schema")
  void samples() throws Exception {
    ObjectMapper clear = GovernanceJson.mapper(JsonOptions.clear());
    for (var s : SampleJurisdictions.all()) {
      assertThat(errors(REGISTRY, clear.writeValueAsString(s.jurisdiction())))
          .as(s.key())
          .isEmpty();
    }
  }

  @Test
  @DisplayName("the schemas can fail: a missing id, a Z-less time, an unknown step are each caught")
  void catches() throws Exception {
    ObjectMapper clear = GovernanceJson.mapper(JsonOptions.clear());
    ServiceOrder o =
        Simulation.of(SampleJurisdictions.anfeng(), GovernanceRules.standard(), 1, 5, 5)
            .run(p -> {})
            .finalOrders()
            .get(0);
    ObjectNode doc = (ObjectNode) clear.readTree(clear.writeValueAsString(o));
    assertThat(errors(ORDER, doc.deepCopy().without("id").toString())).isNotEmpty();
    assertThat(errors(ORDER, doc.deepCopy().put("reportedAt", "2026-01-01T08:00:00").toString()))
        .isNotEmpty();
    ObjectNode badStep = doc.deepCopy();
    ((ObjectNode) badStep.get("events").get(0)).put("step", "TELEPORT");
    assertThat(errors(ORDER, badStep.toString())).isNotEmpty();
    assertThat(errors(REGISTRY, doc.toString())).isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  @DisplayName(
      "the community's work matches its schemas both ways: each sample's three lists, a simulated consultation and the lists at its end")
  void work() throws Exception {
    for (io.github.gridgov.fixtures.SampleCommunity s : SampleJurisdictions.all()) {
      io.github.gridgov.fixtures.WorkReport w =
          Simulation.of(s, GovernanceRules.standard(), 5, 40, 80).run(p -> {}).work().get();
      for (ObjectMapper m :
          List.of(GovernanceJson.mapper(), GovernanceJson.mapper(JsonOptions.clear()))) {
        assertThat(errors(LISTS, m.writeValueAsString(s.work().lists())))
            .as("%s lists", s.key())
            .isEmpty();
        assertThat(errors(LISTS, m.writeValueAsString(w.lists())))
            .as("%s lists at the end", s.key())
            .isEmpty();
        assertThat(errors(CONSULTATION, m.writeValueAsString(w.consultation())))
            .as("%s consultation", s.key())
            .isEmpty();
      }
    }
    String lists =
        GovernanceJson.mapper().writeValueAsString(SampleJurisdictions.guangming().work().lists());
    assertThat(
            errors(
                LISTS,
                lists.replaceFirst("\"kind\":\"JOINT_PARTY_COMMITTEE\"", "\"kind\":\"PARTNER\"")))
        .as("an unknown kind")
        .isNotEmpty();
    String c =
        GovernanceJson.mapper()
            .writeValueAsString(SampleJurisdictions.youyihe().work().consultation());
    assertThat(errors(CONSULTATION, c.replaceFirst("\"subject\":\"COMMON_PROPERTY\",", "")))
        .as("no subject")
        .isNotEmpty();
  }
}
